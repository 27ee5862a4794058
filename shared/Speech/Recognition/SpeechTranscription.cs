using MockInterview.Speech.Audio;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Recognition;

/// <summary>The worker's transcribe step: the stored upload is read, decoded and handed to the configured recogniser.</summary>
internal sealed class SpeechTranscription(IFileStore files, IAudioDecoder decoder, ISpeechRecognizer recognizer) : ISpeechTranscription
{
    public async Task<Transcript> TranscribeAsync(string audioKey, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audioKey);
        PcmAudio audio;
        var stream = await files.OpenReadAsync(audioKey, cancellationToken).ConfigureAwait(false)
            ?? throw new SpeechInputException("audioMissing", "The uploaded audio was not found; upload it again.");
        await using (stream.ConfigureAwait(false))
        {
            audio = await decoder.DecodeAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        return await recognizer.TranscribeAsync(audio, endOfTurnSilenceSeconds, cancellationToken).ConfigureAwait(false);
    }
}
