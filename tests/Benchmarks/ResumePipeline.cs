using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Documents;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Scoring;

namespace MockInterview.Benchmarks;

/// <summary>One resume run as the app does it: the extractor from <c>AddDocumentExtraction</c> (sandboxed poppler,
/// the per-processor gate), then <see cref="ResumeParser"/>, <see cref="JobDescriptionParser"/> and
/// <see cref="AtsScorer"/>.</summary>
internal sealed class ResumePipeline : IAsyncDisposable
{
    // "Present" in the resume means this date, so every run parses the same years.
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private readonly ServiceProvider services;
    private readonly IDocumentTextExtractor extractor;

    private ResumePipeline(ServiceProvider services, byte[] pdf)
    {
        this.services = services;
        extractor = services.GetRequiredService<IDocumentTextExtractor>();
        Pdf = pdf;
    }

    /// <summary>The PDF extracted on every run.</summary>
    public byte[] Pdf { get; }

    /// <summary>Builds the extractor the way the app does: the <c>Documents</c> section from the environment
    /// (<c>Documents__Timeout</c> and the like, as the app's host reads them), defaults otherwise.</summary>
    public static ResumePipeline Create(string pdfPath)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddDocumentExtraction(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new ResumePipeline(services, File.ReadAllBytes(pdfPath));
    }

    /// <summary>The effective extraction settings.</summary>
    public DocumentExtractionOptions Settings =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentExtractionOptions>>().Value;

    /// <summary>Extracts, parses and scores once; returns the stage times and what came out.</summary>
    public async Task<(ResumeTiming Timing, ExtractedDocument Document, AtsScore Score)> RunAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var content = new MemoryStream(Pdf, writable: false);
        var document = await extractor.ExtractAsync(content, "resume.pdf", "application/pdf", cancellationToken);
        var extracted = Stopwatch.GetTimestamp();
        var resume = ResumeParser.Parse(document.Text, AsOf);
        var resumeParsed = Stopwatch.GetTimestamp();
        var job = JobDescriptionParser.Parse(ResumeJobDescription.SeniorBackend);
        var jobParsed = Stopwatch.GetTimestamp();
        var score = AtsScorer.Score(resume, job);
        var end = Stopwatch.GetTimestamp();
        var timing = new ResumeTiming(
            Stopwatch.GetElapsedTime(start, extracted).TotalMilliseconds,
            Stopwatch.GetElapsedTime(extracted, resumeParsed).TotalMilliseconds,
            Stopwatch.GetElapsedTime(resumeParsed, jobParsed).TotalMilliseconds,
            Stopwatch.GetElapsedTime(jobParsed, end).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        return (timing, document, score);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
