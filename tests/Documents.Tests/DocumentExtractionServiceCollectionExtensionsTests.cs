using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MockInterview.Documents.Tests;

public sealed class DocumentExtractionServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddDocumentExtraction_SettingsInDocumentsSection_BoundAndUsed()
    {
        using var provider = Build(new() { ["Documents:MaxBytes"] = "2048", ["Documents:Timeout"] = "00:00:30", ["Documents:MaxPages"] = "3" });

        var options = provider.GetRequiredService<IOptions<DocumentExtractionOptions>>().Value;
        var extractor = provider.GetRequiredService<IDocumentTextExtractor>();
        var error = await Assert.ThrowsAsync<DocumentRejectedException>(
            () => extractor.ExtractAsync(new MemoryStream(new byte[4096]), "resume.txt", null));

        Assert.Equal(2048, options.MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(3, options.MaxPages);
        Assert.Equal(DocumentRejectionReason.TooLarge, error.Reason);
    }

    [Fact]
    public void AddDocumentExtraction_NoSettings_UsesDefaults()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<DocumentExtractionOptions>>().Value;

        Assert.Equal(5 * 1024 * 1024, options.MaxBytes);
        Assert.Equal("pdftotext", options.PdfToTextPath);
    }

    [Theory]
    [InlineData("Documents:MaxBytes", "0")]
    [InlineData("Documents:Timeout", "00:00:00")]
    [InlineData("Documents:MaxPages", "-1")]
    [InlineData("Documents:PdfToTextPath", " ")]
    [InlineData("Documents:MaxXmlDepth", "5")]
    [InlineData("Documents:MaxEntryUncompressedBytes", "999999999999")]
    public void AddDocumentExtraction_InvalidSetting_FailsValidationAtStart(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        // ValidateOnStart registers this validator for the host to run when it starts.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDocumentExtraction(configuration).BuildServiceProvider();
    }
}
