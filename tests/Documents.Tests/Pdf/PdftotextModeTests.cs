using System.Text;
using MockInterview.Documents.Tests.Support;
using MockInterview.Sandbox;

namespace MockInterview.Documents.Tests.Pdf;

/// <summary>Why the extractor uses pdftotext's default mode: on a two-column resume, -layout interleaves the columns
/// line by line, while the default mode keeps each column whole (see PdfTextExtractor's remarks).</summary>
public sealed class PdftotextModeTests
{
    [Fact]
    public async Task Pdftotext_LayoutModeOnTwoColumnResume_InterleavesColumnsWhileDefaultModeDoesNot()
    {
        var layout = await RunPdftotextAsync("-layout");
        var flow = await RunPdftotextAsync();

        // -layout puts a sidebar heading and a main-column sentence on the same line.
        Assert.Contains(layout.Split('\n'), line => line.Contains("SKILLS", StringComparison.Ordinal) && line.Contains("analysts", StringComparison.Ordinal));
        Assert.DoesNotContain(flow.Split('\n'), line => line.Contains("SKILLS", StringComparison.Ordinal) && line.Contains("analysts", StringComparison.Ordinal));
        Assert.Contains("SKILLS\nPython and pandas\nSQL and dbt\n", flow, StringComparison.Ordinal);
    }

    private static async Task<string> RunPdftotextAsync(params string[] mode)
    {
        var directory = Directory.CreateTempSubdirectory("documents-tests-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "in.pdf"), Fixture.Read("resume-two-column.pdf"));
            var command = new SandboxCommand("pdftotext", [.. mode, "-enc", "UTF-8", "in.pdf", "-"], directory.FullName, "Install poppler-utils.");
            var outcome = await TestExtractor.Runner().RunAsync(command, TestExtractor.Generous().ToSandboxLimits(1 << 20), null, CancellationToken.None);
            Assert.Equal(0, outcome.ExitCode);
            return Encoding.UTF8.GetString(outcome.Output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
