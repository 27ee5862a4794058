using System.Buffers.Binary;
using MockInterview.Speech.Audio;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Synthesis;

/// <summary>Reads what synthesis stored: the length from a WAV's header (without reading its samples), or the samples.</summary>
internal static class StoredSpeech
{
    /// <summary>The duration of the WAV under <paramref name="key"/>; null when there is none or it is not one we wrote.</summary>
    public static async Task<double?> DurationAsync(IFileStore files, string key, CancellationToken cancellationToken)
    {
        var stream = await files.OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        await using (stream.ConfigureAwait(false))
        {
            var header = new byte[WavWriter.HeaderBytes];
            var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);

            // Our WAVs have the canonical 44-byte header: mono 16-bit, data length at 40.
            if (read < header.Length || !header.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !header.AsSpan(36, 4).SequenceEqual("data"u8))
            {
                return null;
            }

            var rate = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24));
            var bytes = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(40));
            return rate == 0 ? null : bytes / 2.0 / rate;
        }
    }

    /// <summary>True when a file is stored under <paramref name="key"/>.</summary>
    public static async Task<bool> ExistsAsync(IFileStore files, string key, CancellationToken cancellationToken)
    {
        var stream = await files.OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return false;
        }

        await stream.DisposeAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>The samples of the WAV under <paramref name="key"/>; null when there is none.</summary>
    public static async Task<PcmAudio?> ReadAsync(IFileStore files, string key, CancellationToken cancellationToken)
    {
        var stream = await files.OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            var format = WavReader.ReadFormat(bytes);
            return new PcmAudio(Pcm.ToShorts(WavReader.ReadMono(bytes, format)), format.SampleRate);
        }
    }
}
