using System.Net;
using System.Text.RegularExpressions;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The page at / (also the Functions host's readiness probe) and its assets.</summary>
public sealed partial class WebPageTests : IDisposable
{
    private readonly CustomHandlerAppFactory factory = new();
    private readonly HttpClient client;

    public WebPageTests() => client = factory.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task GetRoot_ServesThePageWithItsControls()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        string[] ids =
        [
            "start-form", "candidate-name", "role", "seniority", "duration", "resume-text", "job-description",
            "question-text", "question-number", "follow-up-tag", "answer-form", "answer-text", "answer-timer",
            "phase-timer", "end-button", "transcript", "summary", "report", "report-html", "error", "announcer",
        ];
        foreach (var id in ids)
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        foreach (var mode in new[] { "screening", "behavioral", "technical", "customized" })
        {
            Assert.Contains($"name=\"mode\" value=\"{mode}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"answer-text\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/voice.js", "text/javascript")]
    [InlineData("/styles.css", "text/css")]
    [InlineData("/index.html", "text/html")]
    public async Task GetAsset_ServedWithItsContentType(string path, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_LoadsNothingFromOtherHostsAndLinksItsOwnAssets()
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var css = await client.GetStringAsync(new Uri("/styles.css", UriKind.Relative));

        Assert.Contains("src=\"/app.js\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/voice.js\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/styles.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotMatch(ExternalReference(), css);
    }

    [Fact]
    public async Task Script_WritesServerTextSafelyAndUsesTheContractEndpoints()
    {
        var script = await client.GetStringAsync(new Uri("/app.js", UriKind.Relative));

        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
        Assert.DoesNotContain("X-User-Id", script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("new EventSource(", script, StringComparison.Ordinal);
        Assert.Contains("addEventListener(\"interview\"", script, StringComparison.Ordinal);
        Assert.Contains("/api/interviews", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), script);
    }

    [Fact]
    public async Task VoiceScript_EndsAnAnswerOnlyByTheButtonOrTheInterviewsSilenceThreshold()
    {
        var page = await client.GetStringAsync(new Uri("/app.js", UriKind.Relative));
        var voice = await client.GetStringAsync(new Uri("/voice.js", UriKind.Relative));

        // The page answers by voice through the contract's endpoints (the pieces and the final upload are sent by
        // voice.js; tests/Browser.Tests drives them in Chromium) and passes the interview's own threshold on.
        Assert.Contains("/answers/audio/pieces", voice, StringComparison.Ordinal);
        Assert.Contains("/answers/audio`", voice, StringComparison.Ordinal);
        Assert.Contains("/answers/speaking", page, StringComparison.Ordinal);
        Assert.Contains("/questions/", page, StringComparison.Ordinal);
        Assert.Contains("endOfTurnSilenceSeconds", page, StringComparison.Ordinal);
        Assert.Contains("answerMode = \"voice\"", page, StringComparison.Ordinal);
        Assert.Contains("onEnd(\"silence\")", voice, StringComparison.Ordinal);
        Assert.Contains("finish()", voice, StringComparison.Ordinal);
        foreach (var script in new[] { page, voice })
        {
            Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
            Assert.DoesNotMatch(ExternalReference(), script);
        }
    }

    // src/href/url()/fetch to another origin (http:, https: or protocol-relative).
    [GeneratedRegex("""(src|href)\s*=\s*["'](https?:)?//|url\(\s*["']?(https?:)?//|fetch\(\s*["'`](https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
