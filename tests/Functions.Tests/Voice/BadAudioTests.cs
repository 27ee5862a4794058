using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Audio the worker cannot use, and uploads that are not audio uploads: a clear 4xx problem with a code, and
/// nothing left in the file store.</summary>
public sealed class BadAudioTests(VoiceApiFixture app) : IClassFixture<VoiceApiFixture>
{
    [Fact]
    public async Task Transcribe_CorruptAudio_Unprocessable()
    {
        var response = await PostAsync(VoiceApiFixture.Upload(SpokenAudio.Corrupt()));

        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "audioCorrupt");
    }

    [Fact]
    public async Task Transcribe_Silence_NoSpeech()
    {
        var response = await PostAsync(VoiceApiFixture.Upload(SpokenAudio.Wav(3)));

        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "noSpeech");
    }

    [Fact]
    public async Task Transcribe_DeclaredTextFile_UnsupportedMediaType()
    {
        var response = await PostAsync(VoiceApiFixture.Upload("hello"u8.ToArray(), "text/plain", "answer.txt"));

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "audioUnsupported");
    }

    [Fact]
    public async Task Transcribe_ImageDeclaredAsAudio_Refused()
    {
        // A PNG signature and header: not audio whatever the part says.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, .. new byte[4000]];

        var response = await PostAsync(VoiceApiFixture.Upload(png, "audio/wav"));

        var code = await AssertRefusedAsync(response, null, null);
        Assert.Contains(code, new[] { "audioUnsupported", "audioCorrupt" });
    }

    [Fact]
    public async Task Transcribe_Oversize_PayloadTooLarge()
    {
        var response = await PostAsync(VoiceApiFixture.Upload(SpokenAudio.Wav(VoiceApiFixture.MaxUploadBytes / 32_000.0 + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.StoredFiles());
    }

    [Fact]
    public async Task Transcribe_TooLong_Unprocessable()
    {
        // Twenty minutes of Opus silence is small in bytes but longer than any answer may be.
        var minutes = await SpokenAudio.ConvertAsync(SpokenAudio.Wav(20 * 60, rate: 8000), "ogg");

        var response = await PostAsync(VoiceApiFixture.Upload(minutes, "audio/ogg", "long.ogg"));

        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "audioTooLong");
    }

    [Fact]
    public async Task Transcribe_NoAudioPart_BadRequest()
    {
        var content = new MultipartFormDataContent { { new StringContent("q1"), "questionId" } };

        var response = await PostAsync(content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "missingAudio");
    }

    [Fact]
    public async Task Transcribe_NotMultipart_UnsupportedMediaType()
    {
        var content = new ByteArrayContent(SpokenAudio.Wav(1));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var response = await PostAsync(content);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("/tmp/evil.wav")]
    [InlineData("a\u202Egnp.wav")]
    public async Task Transcribe_HostileFileName_NameNeverUsed(string fileName)
    {
        var response = await PostAsync(VoiceApiFixture.Upload(SpokenAudio.Corrupt(), "audio/wav", fileName));

        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "audioCorrupt");
        Assert.False(File.Exists(Path.Combine(app.FilesFolder, "evil.wav")));
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent content) => app.ClientFor("mallory").PostAsync("/api/voice/transcribe", content);

    private async Task<string> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode? status, string? code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, body);
        if (status is { } expected)
        {
            await Problems.AssertAsync(response, expected);
        }

        var actual = (string?)JsonNode.Parse(body)!["code"];
        if (code is not null)
        {
            Assert.Equal(code, actual);
        }

        Assert.Empty(app.StoredFiles());
        return actual ?? "";
    }
}
