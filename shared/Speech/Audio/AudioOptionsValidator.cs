using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Audio;

/// <summary>Checks <see cref="AudioOptions"/> at start.</summary>
internal sealed class AudioOptionsValidator : IValidateOptions<AudioOptions>
{
    public ValidateOptionsResult Validate(string? name, AudioOptions options)
    {
        var errors = new List<string>();
        Check(options.MaxBytes is >= 1024 and <= 1024L * 1024 * 1024, "MaxBytes must be between 1 KiB and 1 GiB.");
        Check(options.MaxSeconds is >= 1 and <= 3600, "MaxSeconds must be between 1 and 3600.");
        Check(options.DecodeTimeout > TimeSpan.Zero && options.DecodeTimeout <= TimeSpan.FromMinutes(10), "DecodeTimeout must be above zero and at most 10 minutes.");
        Check(options.MaxDecodeCpuSeconds is >= 1 and <= 600, "MaxDecodeCpuSeconds must be between 1 and 600.");
        Check(options.MaxDecodeMemoryBytes is >= 64L * 1024 * 1024 and <= 16L * 1024 * 1024 * 1024, "MaxDecodeMemoryBytes must be between 64 MiB and 16 GiB.");
        Check(!string.IsNullOrWhiteSpace(options.FfmpegPath), "FfmpegPath must name the ffmpeg executable.");
        Check(!string.IsNullOrWhiteSpace(options.PrlimitPath), "PrlimitPath must name the prlimit executable.");
        Check(string.IsNullOrWhiteSpace(options.TemporaryDirectory) || Directory.Exists(options.TemporaryDirectory), "TemporaryDirectory must be an existing directory (or empty).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{AudioOptions.SectionName}:{e}"));

        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }
    }
}
