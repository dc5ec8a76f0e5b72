// What .NET writes and reads for each scalar kind, as tab-separated rows (see test_wire_facts.py):
//   write <kind> <value> <xml text> <json text>     value: our neutral form (double: IEEE bits; TimeSpan: ticks)
//   read  <kind> <xml|json> <input> <ok|error> <value or exception type>
//   shape <name> <xml document> <json document>      members of the kinds that need more than a text
// Run with TZ=Europe/Stockholm. Compiled and run by tests/interop/test_wire_facts.py.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.Serialization;
using System.Text;
using System.Xml;
using Newtonsoft.Json;

namespace WireFacts {
  [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/WireFacts")]
  public class Holder<T> { [DataMember] public T V; }

  public enum Color { Red, Green }
  [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/WireFacts")]
  public class Range<T> { [DataMember] public T Min; [DataMember] public T Max; }
  [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/WireFacts")]
  public class Shapes {
    [DataMember] public Dictionary<string, string> Dict;
    [DataMember] public List<int> Ints;
    [DataMember] public List<long> Longs;
    [DataMember] public List<double> Doubles;
    [DataMember] public List<Guid> Guids;
    [DataMember] public List<bool> Bools;
    [DataMember] public List<Color> Colors;
    [DataMember] public int? NullableInt;
    [DataMember] public TimeSpan? NullableSpan;
    [DataMember] public byte[] Empty;
    [DataMember] public Range<double> Range;
    [DataMember] public Range<short> ShortRange;
  }

  public static class Program {
    static readonly TextWriter Out = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };

    // The member's text as .NET writes it inside <V>...</V> (empty for an empty element).
    static string Xml<T>(T value) {
      var ser = new DataContractSerializer(typeof(Holder<T>));
      var ms = new MemoryStream();
      using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        ser.WriteObject(w, new Holder<T> { V = value });
      var doc = Encoding.UTF8.GetString(ms.ToArray());
      int start = doc.IndexOf("<V"), gt = doc.IndexOf('>', start);
      if (doc[gt - 1] == '/') return "";
      return doc.Substring(gt + 1, doc.IndexOf("</V>") - gt - 1);
    }

    static T ReadXml<T>(string text) {
      var doc = "<HolderOf" + Name<T>() + " xmlns=\"http://schemas.datacontract.org/2004/07/WireFacts\"><V>" + text + "</V></HolderOf" + Name<T>() + ">";
      var ser = new DataContractSerializer(typeof(Holder<T>));
      return ((Holder<T>)ser.ReadObject(XmlReader.Create(new StringReader(doc)))).V;
    }

    static string Name<T>() {
      var n = new DataContractSerializer(typeof(Holder<T>));
      var ms = new MemoryStream();
      using (var w = XmlWriter.Create(ms)) n.WriteObject(w, new Holder<T>());
      var doc = Encoding.UTF8.GetString(ms.ToArray());
      int i = doc.IndexOf("<HolderOf") + 9;
      return doc.Substring(i, doc.IndexOfAny(new[] { ' ', '>' }, i) - i);
    }

    static string Json<T>(T value) { return JsonConvert.SerializeObject(value); }

    static void Shape<T>(string name, T value) {
      var ser = new DataContractSerializer(typeof(T));
      var ms = new MemoryStream();
      using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        ser.WriteObject(w, value);
      var settings = new JsonSerializerSettings { ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver() };
      settings.Converters.Add(new Newtonsoft.Json.Converters.StringEnumConverter());
      Out.WriteLine("shape\t" + name + "\t" + Encoding.UTF8.GetString(ms.ToArray()) + "\t" + JsonConvert.SerializeObject(value, settings));
    }

    static void Write<T>(string kind, string neutral, T value) {
      Out.WriteLine("write\t" + kind + "\t" + neutral + "\t" + Xml(value) + "\t" + Json(value));
    }

    static void Read<T>(string kind, string text, Func<T, string> neutral) {
      try { Out.WriteLine("read\t" + kind + "\txml\t" + text + "\tok\t" + neutral(ReadXml<T>(text))); }
      catch (Exception e) { Out.WriteLine("read\t" + kind + "\txml\t" + text + "\terror\t" + e.GetType().Name); }
    }

    static void ReadJson<T>(string kind, string text, Func<T, string> neutral) {
      try { Out.WriteLine("read\t" + kind + "\tjson\t" + text + "\tok\t" + neutral(JsonConvert.DeserializeObject<T>(text))); }
      catch (Exception e) { Out.WriteLine("read\t" + kind + "\tjson\t" + text + "\terror\t" + e.GetType().Name); }
    }

    static string Bits(double d) { return BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture); }
    static string Dec(decimal d) { return d.ToString(CultureInfo.InvariantCulture); }
    static string Ticks(TimeSpan t) { return t.Ticks.ToString(CultureInfo.InvariantCulture); }

    public static void Main() {
      foreach (var d in new[] { 0.1, 1e20, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0,
                                -70795.0, 1.0 / 3, 5e-324, 1.2345678901234568E+17, 1e15, 1e14, 1e16, 1e-5, 1e-4, 0.0001234,
                                123456.789, double.MaxValue, double.Epsilon * 3, 2.5, -1.5e-7, 9007199254740993.0 })
        Write("double", Bits(d), d);
      foreach (var m in new[] { 1.10m, -0.0000001m, 0m, 100m, 79228162514264337593543950335m, -79228162514264337593543950335m,
                                0.0000000000000000000000000001m, 12345.6789m, decimal.Parse("1.000", CultureInfo.InvariantCulture),
                                decimal.Parse("0.00", CultureInfo.InvariantCulture), -5m })
        Write("decimal", Dec(m), m);
      foreach (var l in new[] { 9007199254740993L, long.MinValue, long.MaxValue, 0L }) Write("long", l.ToString(), l);
      foreach (var s in new short[] { -32768, 32767, -1 }) Write("short", s.ToString(), s);
      foreach (var b in new byte[] { 0, 255, 7 }) Write("byte", b.ToString(), b);
      foreach (var g in new[] { new Guid("8E5A3C2B-1D4F-4A6B-9C8D-7E6F5A4B3C2D"), Guid.Empty }) Write("guid", g.ToString("D"), g);
      foreach (var bytes in new[] { new byte[] { 1, 2, 3, 250 }, new byte[0], new byte[] { 255 } })
        Write("bytes", bytes.Length == 0 ? "-" : BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant(), bytes);
      foreach (var t in new[] { new TimeSpan(1, 30, 30), TimeSpan.Zero, new TimeSpan(2, 3, 4, 5, 6), new TimeSpan(-1, 0, 0),
                                new TimeSpan(1), TimeSpan.MaxValue, TimeSpan.MinValue, new TimeSpan(0, 0, 0, 0, 500),
                                new TimeSpan(1, 0, 0, 0), new TimeSpan(-1, -2, -3, -4, -5), new TimeSpan(0, 0, 59, 59, 999) + new TimeSpan(9999),
                                new TimeSpan(36, 0, 0) })
        Write("timespan", Ticks(t), t);
      foreach (var text in new[] { "1.10", "1E+20", "1e5", "-0", "NaN", "INF", "-INF", "Infinity", "0.10000000000000001", " 2.5 ", "+1" })
        Read<double>("double", text, Bits);
      foreach (var text in new[] { "1.10", "-0.0000001", "1E+20", "NaN", "INF", "-0", "+1.5", ".5", "79228162514264337593543950336", "0.00000000000000000000000000001" })
        Read<decimal>("decimal", text, Dec);
      foreach (var text in new[] { "32767", "32768", "-32769", "-1" }) Read<short>("short", text, v => v.ToString());
      foreach (var text in new[] { "255", "256", "-1", "0" }) Read<byte>("byte", text, v => v.ToString());
      foreach (var text in new[] { "9223372036854775807", "9223372036854775808" }) Read<long>("long", text, v => v.ToString());
      foreach (var text in new[] { "8E5A3C2B-1D4F-4A6B-9C8D-7E6F5A4B3C2D", "{8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d}",
                                   "8e5a3c2b1d4f4a6b9c8d7e6f5a4b3c2d", "8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2" })
        Read<Guid>("guid", text, v => v.ToString("D"));
      foreach (var text in new[] { "PT1H30M30S", "P1DT2H", "PT0S", "-PT1H", "PT0.0000001S", "PT90M", "P1Y", "PT1.5S", "P0D", "PT0.00000001S" })
        Read<TimeSpan>("timespan", text, Ticks);
      foreach (var text in new[] { "AQID+g==", "AQID +g==", "" }) Read<byte[]>("bytes", text, v => v == null ? "null" : BitConverter.ToString(v));
      foreach (var text in new[] { "1.10", "1E+20", "-0.0", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e5", "-0.0000001", "\"1.5\"" })
        ReadJson<double>("double", text, Bits);
      foreach (var text in new[] { "1.10", "1E+20", "-0.0", "\"NaN\"", "1e5", "-0.0000001", "1.0", "\"1.5\"" })
        ReadJson<decimal>("decimal", text, Dec);
      foreach (var text in new[] { "32767", "32768", "-1" }) ReadJson<short>("short", text, v => v.ToString());
      foreach (var text in new[] { "255", "256", "-1" }) ReadJson<byte>("byte", text, v => v.ToString());
      foreach (var text in new[] { "\"01:30:30\"", "\"1.02:00:00\"", "\"-01:00:00\"", "\"00:00:00.0000001\"", "\"1:2:3\"", "\"PT1H\"" })
        ReadJson<TimeSpan>("timespan", text, Ticks);
      foreach (var text in new[] { "\"8E5A3C2B-1D4F-4A6B-9C8D-7E6F5A4B3C2D\"", "\"8e5a3c2b1d4f4a6b9c8d7e6f5a4b3c2d\"" })
        ReadJson<Guid>("guid", text, v => v.ToString("D"));
      Shape("members", new Shapes {
        Dict = new Dictionary<string, string> { { "a", "1" }, { "b", null } }, Ints = new List<int> { 1, -2 },
        Longs = new List<long> { 9007199254740993L }, Doubles = new List<double> { 0.1, 1e20, double.NaN, -0.0 },
        Guids = new List<Guid> { Guid.Empty }, Bools = new List<bool> { true, false }, Colors = new List<Color> { Color.Green, Color.Red },
        Empty = new byte[0], Range = new Range<double> { Min = 1, Max = 2.5 }, ShortRange = new Range<short> { Min = -1, Max = 1 } });
      Shape("empty", new Shapes { Dict = new Dictionary<string, string>(), Ints = new List<int>() });
      Shape("ints", new List<int> { 1, 2 });
      Shape("dict", new Dictionary<string, string> { { "k", "v" } });
      Shape("range", new Range<double> { Min = 0.5, Max = 1E+20 });
      Shape("guid", Guid.Empty);
      Shape("long", 9007199254740993L);
      Shape("bool", true);
      Out.Flush();
    }
  }
}
