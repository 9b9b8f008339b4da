using System.Globalization;
using System.Text;
using System.Xml;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// JUnit XML, <c>&lt;gate&gt;.junit.xml</c>, for CI test-report viewers: a test case per threshold and per finding,
/// waived findings as skipped. Written with <see cref="XmlWriter"/> so escaping is right; characters XML 1.0 cannot
/// hold are dropped first.
/// </summary>
public sealed class JUnitVerdictReporter : IVerdictReporter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <inheritdoc/>
    public string Format => "junit";

    /// <inheritdoc/>
    public string FileName(string gate) => $"{gate}.junit.xml";

    /// <inheritdoc/>
    public string Render(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var cases = JUnitCases.From(verdict);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Clean(verdict.Gate));
            xml.WriteAttributeString("tests", Number(cases.Count));
            xml.WriteAttributeString("failures", Number(cases.Count(c => c.Outcome == JUnitOutcome.Failure)));
            xml.WriteAttributeString("errors", Number(cases.Count(c => c.Outcome == JUnitOutcome.Error)));
            xml.WriteAttributeString("skipped", Number(cases.Count(c => c.Outcome == JUnitOutcome.Skipped)));
            xml.WriteAttributeString("time", Seconds(verdict.Provenance));
            if (verdict.Provenance is { } provenance)
            {
                xml.WriteAttributeString("timestamp", provenance.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            }

            foreach (var testCase in cases)
            {
                WriteCase(xml, testCase);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    private static void WriteCase(XmlWriter xml, JUnitTestCase testCase)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(testCase.ClassName));
        xml.WriteAttributeString("name", Clean(testCase.Name));
        xml.WriteAttributeString("time", "0");
        var element = testCase.Outcome switch
        {
            JUnitOutcome.Failure => "failure",
            JUnitOutcome.Error => "error",
            JUnitOutcome.Skipped => "skipped",
            _ => null,
        };
        if (element is not null)
        {
            xml.WriteStartElement(element);
            xml.WriteAttributeString("message", Clean(testCase.Message));
            if (!string.IsNullOrEmpty(testCase.Text))
            {
                xml.WriteString(Clean(testCase.Text));
            }

            xml.WriteEndElement();
        }

        if (!string.IsNullOrEmpty(testCase.Output))
        {
            xml.WriteElementString("system-out", Clean(testCase.Output));
        }

        xml.WriteEndElement();
    }

    private static string Seconds(Provenance? provenance)
    {
        var seconds = provenance is null ? 0 : Math.Max(0, (provenance.FinishedAt - provenance.StartedAt).TotalSeconds);
        return seconds.ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Clean(string? text) => TextSanitizer.Xml(text);
}
