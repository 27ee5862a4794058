using Microsoft.Playwright;
using MockInterview.Browser.Tests.Support;

namespace MockInterview.Browser.Tests.Voice;

/// <summary>One Chromium page with the app's voice.js loaded (no app behind it), shared by the tests of its pure logic.</summary>
public sealed class VoiceLogicFixture : IAsyncLifetime
{
    private Chromium? chromium;

    /// <summary>The page; <c>window.MockInterviewVoice.internals</c> holds the logic under test.</summary>
    public IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        chromium = await Chromium.LaunchAsync();
        Page = await chromium.Browser.NewPageAsync();
        await Page.SetContentAsync("<!doctype html><title>voice logic</title>");
        await Page.AddScriptTagAsync(new() { Path = WebRoot.File("voice.js") });
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
    }
}
