namespace MockInterview.Speech.Audio;

/// <summary>Converts mono float samples to 16-bit PCM at another rate with a windowed-sinc (Blackman) interpolator
/// whose cut-off sits just under the lower Nyquist frequency, so downsampling 44.1/48 kHz speech does not fold
/// high frequencies into the band the recognisers listen to.</summary>
internal static class Resampler
{
    private const int ZeroCrossings = 8;

    public static short[] ToPcm16(float[] input, int fromRate, int toRate)
    {
        if (fromRate == toRate)
        {
            return Array.ConvertAll(input, Quantize);
        }

        var ratio = (double)toRate / fromRate;
        var cutoff = 0.5 * Math.Min(1.0, ratio) * 0.95; // cycles per input sample
        var halfWidth = ZeroCrossings / (2 * cutoff);   // input samples either side
        var outputLength = (int)Math.Floor(input.Length * ratio);
        var output = new short[outputLength];
        for (var n = 0; n < outputLength; n++)
        {
            var center = n / ratio;
            var first = Math.Max(0, (int)Math.Ceiling(center - halfWidth));
            var last = Math.Min(input.Length - 1, (int)Math.Floor(center + halfWidth));
            double sum = 0;
            for (var k = first; k <= last; k++)
            {
                var distance = center - k;
                sum += input[k] * Kernel(distance, cutoff, halfWidth);
            }

            output[n] = Quantize((float)sum);
        }

        return output;
    }

    private static double Kernel(double distance, double cutoff, double halfWidth)
    {
        var x = 2 * cutoff * distance;
        var sinc = Math.Abs(x) < 1e-9 ? 1.0 : Math.Sin(Math.PI * x) / (Math.PI * x);
        var phase = Math.PI * (distance / halfWidth + 1); // 0 … 2π across the window
        var window = 0.42 - 0.5 * Math.Cos(phase) + 0.08 * Math.Cos(2 * phase);
        return 2 * cutoff * sinc * window;
    }

    private static short Quantize(float sample) => (short)Math.Clamp(MathF.Round(sample * 32768f), short.MinValue, short.MaxValue);
}
