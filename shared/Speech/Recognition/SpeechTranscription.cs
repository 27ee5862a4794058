using MockInterview.Speech.Audio;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Recognition;

/// <summary>The worker's transcribe step: the stored upload is read, decoded and handed to the configured recogniser.</summary>
internal sealed class SpeechTranscription(IFileStore files, IAudioDecoder decoder, ISpeechRecognizer recognizer) : ISpeechTranscription
{
    public async Task<Transcript> TranscribeAsync(string audioKey, double? endOfTurnSilenceSeconds, bool allowSilence, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audioKey);
        PcmAudio audio;
        var stream = await files.OpenReadAsync(audioKey, cancellationToken).ConfigureAwait(false)
            ?? throw new SpeechInputException("audioMissing", "The uploaded audio was not found; upload it again.");
        await using (stream.ConfigureAwait(false))
        {
            audio = await decoder.DecodeAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await recognizer.TranscribeAsync(audio, endOfTurnSilenceSeconds, cancellationToken).ConfigureAwait(false);
        }
        catch (SpeechInputException ex) when (allowSilence && ex.Code == AudioInputErrors.NoSpeechCode)
        {
            // A pause between two pieces of an answer, or a silent tail: nothing was said, and that is an answer too.
            var seconds = Math.Round(audio.DurationSeconds, 3);
            return new Transcript("", [], seconds, seconds, false, recognizer.Name);
        }
    }
}
