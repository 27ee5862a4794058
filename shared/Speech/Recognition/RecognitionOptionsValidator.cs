using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Recognition;

/// <summary>Checks <see cref="RecognitionOptions"/> at start. Files and libraries are checked on first use instead:
/// without them the app still starts and a transcription fails with a clear <see cref="SpeechEngineUnavailableException"/>.</summary>
internal sealed class RecognitionOptionsValidator : IValidateOptions<RecognitionOptions>
{
    public ValidateOptionsResult Validate(string? name, RecognitionOptions options)
    {
        var errors = new List<string>();
        var sphinx = options.PocketSphinx;
        var whisper = options.Whisper;
        Check(Enum.IsDefined(options.Engine), "Engine must be auto, whisper or pocketsphinx.");
        Check(!string.IsNullOrWhiteSpace(sphinx.LibraryPath), "PocketSphinx:LibraryPath must name the pocketsphinx library.");
        Check(!string.IsNullOrWhiteSpace(sphinx.SphinxBaseLibraryPath), "PocketSphinx:SphinxBaseLibraryPath must name the sphinxbase library.");
        Check(!string.IsNullOrWhiteSpace(sphinx.AcousticModelPath), "PocketSphinx:AcousticModelPath must be set.");
        Check(!string.IsNullOrWhiteSpace(sphinx.LanguageModelPath), "PocketSphinx:LanguageModelPath must be set.");
        Check(!string.IsNullOrWhiteSpace(sphinx.DictionaryPath), "PocketSphinx:DictionaryPath must be set.");
        Check(sphinx.Decoders is >= 0 and <= 64, "PocketSphinx:Decoders must be between 0 (one per processor) and 64.");
        Check(sphinx.PieceSeconds is >= 2 and <= 120, "PocketSphinx:PieceSeconds must be between 2 and 120.");
        Check(sphinx.MaxHmmPerFrame is >= 500 and <= 100_000, "PocketSphinx:MaxHmmPerFrame must be between 500 and 100000.");
        Check(!string.IsNullOrWhiteSpace(whisper.LibraryPath), "Whisper:LibraryPath must name the whisper.cpp library.");
        Check(whisper.Threads is >= 0 and <= 256, "Whisper:Threads must be between 0 (one per processor) and 256.");
        Check(whisper.Contexts is >= 1 and <= 16, "Whisper:Contexts must be between 1 and 16.");
        Check(!string.IsNullOrWhiteSpace(whisper.Language), "Whisper:Language must be a language code or auto.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{RecognitionOptions.SectionName}:{e}"));

        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }
    }
}
