using Microsoft.Extensions.Options;

namespace MockInterview.Speech.Encoders;

/// <summary>Checks <see cref="AudioEncoderOptions"/> at start; ffmpeg itself is probed on first use.</summary>
internal sealed class AudioEncoderOptionsValidator : IValidateOptions<AudioEncoderOptions>
{
    public ValidateOptionsResult Validate(string? name, AudioEncoderOptions options)
    {
        var errors = new List<string>();
        Check(options.Compression is "auto" or "opus" or "mp3" or "none", "Compression must be auto, opus, mp3 or none.");
        Check(options.OpusKilobitsPerSecond is >= 6 and <= 256, "OpusKilobitsPerSecond must be between 6 and 256.");
        Check(options.Mp3KilobitsPerSecond is >= 32 and <= 320, "Mp3KilobitsPerSecond must be between 32 and 320.");
        Check(!string.IsNullOrWhiteSpace(options.FfmpegPath), "FfmpegPath must name the ffmpeg executable.");
        Check(!string.IsNullOrWhiteSpace(options.PrlimitPath), "PrlimitPath must name the prlimit executable.");
        Check(options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromMinutes(10), "Timeout must be positive and at most 10 minutes.");
        Check(options.MaxCpuSeconds is >= 1 and <= 600, "MaxCpuSeconds must be between 1 and 600.");
        Check(options.MaxMemoryBytes >= 64L * 1024 * 1024, "MaxMemoryBytes must be at least 64 MiB.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{AudioEncoderOptions.SectionName}:{e}"));

        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }
    }
}
