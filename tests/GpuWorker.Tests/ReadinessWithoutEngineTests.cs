using System.Net;
using System.Text.Json;

namespace MockInterview.GpuWorker.Tests;

public sealed class ReadinessWithoutEngineTests
{
    [Fact]
    public async Task Ready_Get_RecognizerLibraryMissing_503ProblemNamingSpeechToText()
    {
        using var app = new WorkerApp(new() { ["Speech:Recognition:PocketSphinx:LibraryPath"] = "/nonexistent/libpocketsphinx.so.3" });
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("engineUnavailable", problem.GetProperty("code").GetString());
        Assert.Contains("speech-to-text", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("text-to-speech", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var engines = problem.GetProperty("engines").EnumerateArray().ToList();
        Assert.Contains(engines, e => e.GetProperty("name").GetString() == "pocketsphinx" && !e.GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task ReadyAndCapacity_Get_EngineMissing_NameNoPathAndNoProblemText()
    {
        const string library = "/nonexistent/secret-dir/libpocketsphinx.so.3";
        using var app = new WorkerApp(new() { ["Speech:Recognition:PocketSphinx:LibraryPath"] = library });
        using var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        var readyBody = await ready.Content.ReadAsStringAsync();
        var capacityBody = await client.GetStringAsync("/capacity");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        foreach (var body in new[] { readyBody, capacityBody })
        {
            Assert.DoesNotContain("secret-dir", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"problem\":\"", body, StringComparison.Ordinal);
        }
    }
}
