using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Voice;
using MockInterview.Speech.Recognition;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Piece tokens as the app registers them (<c>AddAnswerPieceTokens</c>, real Data Protection): what they carry,
/// how long, for whom, and across app instances that share a key folder.</summary>
/// <remarks>Two whole app hosts on one interview database would each run the interview workflows; two containers
/// registered like the app, on one key folder, are what makes instances agree on tokens.</remarks>
public sealed class AnswerPieceTokensTests : IDisposable
{
    private static readonly Transcript Heard = new(
        "we cut the cost",
        [new TranscribedWord("we", 0.5, 0.6, 0.91), new TranscribedWord("cut", 0.61, 0.9, 0.8), new TranscribedWord("the", 0.9, 1.0, 0.7), new TranscribedWord("cost", 1.0, 1.4, 0.95)],
        2.125,
        2.125,
        false,
        "pocketsphinx");

    private readonly TempFolder keys = new("piece-keys");
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void TryRead_TokenOfThisPiece_SameTranscript()
    {
        using var app = App();
        var tokens = app.GetRequiredService<AnswerPieceTokens>();

        var token = tokens.Issue("ada", "iv-1", "q1", 3, Heard);

        Assert.True(tokens.TryRead("ada", "iv-1", "q1", 3, token, out var read));
        Assert.Equal(Heard.Text, read.Text);
        Assert.Equal(Heard.Words, read.Words);
        Assert.Equal(Heard.AudioSeconds, read.AudioSeconds);
        Assert.Equal("pocketsphinx", read.Engine);
        Assert.DoesNotContain("cost", token, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Issue_LongestPieces_SixtyFourTokensFitThePiecesField()
    {
        using var app = App();
        // 15 s (the longest piece) of fast speech, 3 words a second, long words.
        var words = Enumerable.Range(0, 45).Select(i => new TranscribedWord("responsibilities", i / 3.0, i / 3.0 + 0.3125, 0.987654)).ToList();
        var longest = Heard with { Words = words, AudioSeconds = 15, ReceivedSeconds = 15 };

        var token = app.GetRequiredService<AnswerPieceTokens>().Issue("a-caller-id-of-64-characters-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "iv-1", "q1", 63, longest);

        Assert.True((token.Length + 1) * AnswerPieceTokens.MaxPieces <= InterviewVoiceApi.MaxPiecesFieldChars, $"a token of {token.Length} characters");
    }

    [Theory]
    [InlineData("bo", "iv-1", "q1", 3)]
    [InlineData("ada", "iv-2", "q1", 3)]
    [InlineData("ada", "iv-1", "q2", 3)]
    [InlineData("ada", "iv-1", "q1", 2)]
    public void TryRead_AnotherCallerInterviewQuestionOrIndex_Refused(string owner, string interview, string question, int piece)
    {
        using var app = App();
        var tokens = app.GetRequiredService<AnswerPieceTokens>();
        var token = tokens.Issue("ada", "iv-1", "q1", 3, Heard);

        Assert.False(tokens.TryRead(owner, interview, question, piece, token, out _));
    }

    [Fact]
    public void TryRead_AfterItsLifetime_Refused()
    {
        using var app = App();
        var tokens = app.GetRequiredService<AnswerPieceTokens>();
        var token = tokens.Issue("ada", "iv-1", "q1", 0, Heard);

        clock.Advance(AnswerPieceTokens.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(tokens.TryRead("ada", "iv-1", "q1", 0, token, out _));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(tokens.TryRead("ada", "iv-1", "q1", 0, token, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("CfDJ8")]
    public void TryRead_Garbled_Refused(string token)
    {
        using var app = App();

        Assert.False(app.GetRequiredService<AnswerPieceTokens>().TryRead("ada", "iv-1", "q1", 0, token, out _));
    }

    [Fact]
    public void TryRead_IssuedByAnotherInstanceSharingTheKeyFolder_Read()
    {
        using var first = App();
        using var second = App();
        var token = first.GetRequiredService<AnswerPieceTokens>().Issue("ada", "iv-1", "q1", 0, Heard);

        Assert.True(second.GetRequiredService<AnswerPieceTokens>().TryRead("ada", "iv-1", "q1", 0, token, out var read));
        Assert.Equal(Heard.Words, read.Words);
        Assert.NotEmpty(Directory.GetFiles(keys.Path, "*.xml"));
    }

    [Fact]
    public void TryRead_IssuedByAnInstanceWithOtherKeys_Refused()
    {
        using var other = new TempFolder("piece-keys-other");
        using var first = App();
        using var stranger = App(other.Path);
        var token = first.GetRequiredService<AnswerPieceTokens>().Issue("ada", "iv-1", "q1", 0, Heard);

        Assert.False(stranger.GetRequiredService<AnswerPieceTokens>().TryRead("ada", "iv-1", "q1", 0, token, out _));
    }

    public void Dispose() => keys.Dispose();

    /// <summary>An app instance's services for piece tokens, with its key ring in <paramref name="folder"/>.</summary>
    private ServiceProvider App(string? folder = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [VoiceAppExtensions.DataProtectionKeysFolderKey] = folder ?? keys.Path })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAnswerPieceTokens(configuration);
        return services.BuildServiceProvider();
    }
}
