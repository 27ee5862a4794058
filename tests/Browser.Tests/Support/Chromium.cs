using Microsoft.Playwright;

namespace MockInterview.Browser.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright's bundled driver: headless, no network of its own, a fake
/// microphone (silence, or the WAV file given) that the page may use without asking.</summary>
internal sealed class Chromium : IAsyncDisposable
{
    /// <summary>The browser the tests drive (installed by test.sh with apt).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts Chromium; its fake microphone plays <paramref name="microphoneWav"/> once from the moment a page
    /// opens it, then silence.</summary>
    public static async Task<Chromium> LaunchAsync(string? microphoneWav = null)
    {
        List<string> args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required",
        ];
        if (microphoneWav is not null)
        {
            args.Add($"--use-file-for-fake-audio-capture={microphoneWav}%noloop");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = args, Timeout = 60_000 });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
