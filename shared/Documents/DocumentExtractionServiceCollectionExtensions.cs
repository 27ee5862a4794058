using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MockInterview.Documents.Pdf;
using MockInterview.Sandbox;

namespace MockInterview.Documents;

/// <summary>Registers document text extraction.</summary>
public static class DocumentExtractionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IDocumentTextExtractor"/> with <see cref="DocumentExtractionOptions"/> bound from the
    /// <c>Documents</c> section and validated at start.</summary>
    /// <remarks>The PDF tools are looked for on first use, not at start: without poppler-utils the app still starts,
    /// DOCX and text uploads work, and PDF uploads fail with <see cref="DocumentExtractionUnavailableException"/>.</remarks>
    public static IServiceCollection AddDocumentExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DocumentExtractionOptions>()
            .Bind(configuration.GetSection(DocumentExtractionOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DocumentExtractionOptions>, DocumentExtractionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxedProcessRunner>();
        services.TryAddSingleton<PdfTextExtractor>();
        services.TryAddSingleton<IDocumentTextExtractor, DocumentTextExtractor>();
        return services;
    }
}
