using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using MockInterview.Browser.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Browser.Tests.Voice;

/// <summary>A voice interview in Chromium against the real app: the fake microphone speaks a four-sentence answer, the
/// page uploads it in pieces while it plays and sends the tail with the pieces' tokens, and the interview records the
/// merged answer.</summary>
public sealed class SpokenAnswerInPiecesTests : IAsyncLifetime
{
    private static readonly string[] Sentences =
    [
        "I led the team that moved our billing system to the cloud.",
        "We planned the migration in small steps.",
        "Every step was tested before the release.",
        "The customers never noticed the change.",
    ];

    private static readonly string[] KeyWords = ["team", "billing", "system", "cloud", "migration", "steps", "tested", "release", "customers", "change"];

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly TempFolder folder = new("mockinterview-browser-audio");
    private readonly BrowserAppFixture app = new();
    private Chromium? chromium;

    public async Task InitializeAsync()
    {
        var microphone = Path.Combine(folder.Path, "answer.wav");
        await SpokenAnswerFile.WriteAsync(microphone, Sentences, thinkingSeconds: 1.0, pauseSeconds: 0.7, trailingSeconds: 4.0);
        await app.StartAsync();
        chromium = await Chromium.LaunchAsync(microphone);
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        await app.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task SpeakAnswer_FakeMicrophone_PiecesUploadedWhileSpeakingAndMergedAnswerRecorded()
    {
        var page = await chromium!.Browser.NewPageAsync();
        page.SetDefaultTimeout((float)Bound.TotalMilliseconds);
        var pieceStatuses = new ConcurrentQueue<int>();
        var log = new ConcurrentQueue<string>();
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, message) => console.Enqueue($"error: {message}");
        page.Response += (_, response) => log.Enqueue($"{response.Request.Method} {new Uri(response.Url).AbsolutePath} {response.Status}");
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.EndsWith("/answers/audio/pieces", StringComparison.Ordinal))
            {
                pieceStatuses.Enqueue(response.Status);
            }
        };
        // Every caption the page shows, kept as it changes (the next question clears it), and the text fields of every
        // form the page posts.
        await page.AddInitScriptAsync("""
            window.__captions = [];
            window.__forms = [];
            const fetchOriginal = window.fetch;
            window.fetch = (url, init) => {
              if (init && init.body instanceof FormData) {
                const fields = {};
                for (const [key, value] of init.body.entries()) if (typeof value === "string") fields[key] = value;
                window.__forms.push({ path: new URL(String(url), location.href).pathname, fields });
              }
              return fetchOriginal(url, init);
            };
            document.addEventListener("DOMContentLoaded", () => {
              const caption = document.getElementById("voice-caption");
              new MutationObserver(() => { if (caption.textContent) window.__captions.push(caption.textContent); })
                .observe(caption, { childList: true, characterData: true, subtree: true });
            });
            """);

        await page.GotoAsync(app.BaseAddress.ToString());
        await page.CheckAsync("input[name=mode][value=behavioral]");
        await page.CheckAsync("#answer-by-voice");
        IResponse final;
        try
        {
            final = await page.RunAndWaitForResponseAsync(
                () => page.ClickAsync("#start-button"),
                response => response.Request.Method == "POST" && response.Url.EndsWith("/answers/audio", StringComparison.Ordinal),
                new() { Timeout = (float)Bound.TotalMilliseconds });
        }
        catch (TimeoutException error)
        {
            var status = await page.EvaluateAsync<string>(
                "() => `${location.href} ${document.title}: ${document.getElementById('voice-status')?.textContent} / ${document.getElementById('error-text')?.textContent}`");
            throw new TimeoutException(
                $"No final answer upload. Voice status: \"{status}\"; requests: {string.Join(", ", log)}; console: {string.Join(" | ", console)}", error);
        }

        Assert.Equal(202, final.Status);
        var pieces = pieceStatuses.ToArray();
        Assert.True(pieces.Length >= 2, $"expected at least two pieces, got {pieces.Length}");
        Assert.All(pieces, status => Assert.Equal(200, status));
        var finalFields = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => window.__forms.filter((form) => form.path.endsWith('/answers/audio')).at(-1).fields");
        Assert.True(finalFields.TryGetValue("pieces", out var piecesField), "the final request has no 'pieces' field");
        Assert.Equal(pieces.Length, piecesField.Split(',').Length);

        var id = Uri.UnescapeDataString(new Uri(page.Url).Fragment.Replace("#interview=", "", StringComparison.Ordinal));
        var questionId = finalFields["questionId"];
        using var api = app.Api();
        string? answer = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var view = await api.GetFromJsonAsync<JsonElement>($"/api/interviews/{Uri.EscapeDataString(id)}");
                answer = view.GetProperty("transcript").EnumerateArray()
                    .Where(entry => entry.GetProperty("questionId").GetString() == questionId)
                    .Select(entry => entry.GetProperty("answer").GetString())
                    .FirstOrDefault();
                return answer is not null;
            },
            "the spoken answer is in the interview's transcript",
            TimeSpan.FromSeconds(30));

        var heard = KeyWords.Where(word => answer!.Contains(word, StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(heard.Length >= 4, $"expected the answer's key words in \"{answer}\"");
        // Words of the last sentence come from the tail, the others from the pieces: both are in the merged answer.
        Assert.Contains(heard, word => word is "team" or "billing" or "system" or "cloud");
        var captions = await page.EvaluateAsync<string[]>("() => window.__captions");
        Assert.Contains(captions, caption => KeyWords.Any(word => caption.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
