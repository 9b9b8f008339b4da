namespace Toolkit.BadInput.Tests;

/// <summary>Verdict files as a gate writes them, and broken ones, for decide, publish and evidence pack.</summary>
internal static class Verdicts
{
    public const string Directory = "artifacts/gates";

    /// <summary>A complete verdict of <paramref name="gate"/> with <paramref name="verdict"/> given as raw JSON.</summary>
    public static string Json(string gate, string verdict, string summary = "ok") =>
        "{\"gate\":\"" + gate + "\",\"verdict\":" + verdict + ",\"summary\":" + System.Text.Json.JsonSerializer.Serialize(summary) +
        ",\"schema_version\":1,\"key\":\"" + gate.Replace('-', '_') + "\",\"environment\":\"dev\",\"metrics\":{},\"thresholds\":[]," +
        "\"findings\":[],\"waived\":[],\"evidence\":[],\"fail_open\":false}\n";

    public static string Path(string file) => $"{Directory}/{file}";
}
