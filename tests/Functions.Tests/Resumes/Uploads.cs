using System.Net.Http.Headers;
using System.Text;
using MockInterview.Functions.Tests.CustomHandler;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Builds upload requests and reads the committed resume fixtures.</summary>
internal static class Uploads
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A PDF rendered from HTML for the Documents tests (tests/Documents.Tests/Fixtures).</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(RepositoryFiles.PathOf(Path.Combine("tests", "Documents.Tests", "Fixtures", name)));

    /// <summary>A multipart/form-data body with one part named <c>file</c>.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string? contentType = null)
    {
        var file = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] bytes, string fileName, string? contentType = null) =>
        client.PostAsync("/api/resumes", Form(bytes, fileName, contentType));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public const string PlainResume = """
        Ada Lovelace
        ada@example.com | +44 20 7946 0000

        Summary
        Backend engineer with six years of experience building payment APIs in C# and Go.

        Experience
        Senior Software Engineer, Northwind Payments — Jan 2021 – Present
        - Led the migration of the ledger service to PostgreSQL, cutting p99 latency by 40%.
        - Built Kafka consumers in C# processing 2 million events a day.

        Software Engineer, Contoso — Jun 2018 – Dec 2020
        - Wrote REST APIs in ASP.NET Core and Docker images for Kubernetes.

        Education
        BSc Computer Science, University of London, 2018

        Skills
        C#, Go, PostgreSQL, Kafka, Docker, Kubernetes, AWS
        """;
}
