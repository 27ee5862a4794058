using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoders;

namespace MockInterview.Speech.Tests.Support;

/// <summary>The real encoder, whose compressed copies wait until the test opens the gate (or fail, when told to), so
/// that a test sees what is served while a copy is still being encoded.</summary>
internal sealed class GatedEncoder(IAudioEncoder real) : IAudioEncoder
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Makes every compressed copy fail as if no compressor could run.</summary>
    public bool Fail { get; init; }

    /// <summary>Completes when a compressed copy has started and waits at the gate.</summary>
    public Task Entered => entered.Task;

    public string? CompressedMediaType => real.CompressedMediaType;

    public void Open() => gate.TrySetResult();

    /// <summary>Synthesis services whose encoder is the real one behind a gate (closed), and that gate.</summary>
    public static (SynthesisServices Services, GatedEncoder Encoder) Install(bool fail)
    {
        GatedEncoder? gated = null;
        var services = new SynthesisServices(configure: s => s
            .AddSingleton<AudioEncoder>()
            .AddSingleton<IAudioEncoder>(sp => gated = new GatedEncoder(sp.GetRequiredService<AudioEncoder>()) { Fail = fail }));
        _ = services.Synthesis;
        return (services, gated!);
    }

    public Task WriteWavAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken) => real.WriteWavAsync(audio, output, cancellationToken);

    public async Task WriteCompressedAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        await gate.Task.WaitAsync(cancellationToken);
        if (Fail)
        {
            throw new SpeechEngineUnavailableException("The test's compressor is broken.");
        }

        await real.WriteCompressedAsync(audio, output, cancellationToken);
    }
}
