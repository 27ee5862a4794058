namespace MockInterview.Speech.Audio;

/// <summary>An energy-based voice-activity detector: 20 ms frames, a noise floor that follows the background (it
/// starts at the quietest tenth of the frames, falls at once to quieter frames, follows non-speech frames and creeps
/// up slowly under speech), and speech where a frame is well above the floor and above an absolute gate.</summary>
/// <remarks>Energy is enough here: the input is one speaker close to a microphone, and the detector only decides
/// "no speech at all", where long pauses are, and where to split for parallel decoding. Short gaps are bridged and
/// clicks dropped so that one pause between words does not end a turn.</remarks>
internal static class VoiceActivityDetector
{
    public const double FrameSeconds = 0.02;

    private const double AboveFloorDecibels = 12;
    private const double SpeechGateDecibels = -55;
    private const double SilenceDecibels = -100;
    private const double FloorRisePerFrame = 0.5 * FrameSeconds; // 0.5 dB per second under speech
    private const double FloorFollow = 0.1;
    private const double BridgeSeconds = 0.2;
    private const double MinSpeechSeconds = 0.08;

    public static SpeechActivity Detect(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var energies = FrameEnergies(audio);
        var speech = Classify(energies);
        return new SpeechActivity(Regions(speech), audio.DurationSeconds);
    }

    private static double[] FrameEnergies(PcmAudio audio)
    {
        var frameLength = (int)(audio.SampleRate * FrameSeconds);
        var frames = audio.Samples.Length / frameLength;
        var energies = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            double sum = 0;
            var samples = audio.Samples.AsSpan(f * frameLength, frameLength);
            foreach (var sample in samples)
            {
                sum += (double)sample * sample;
            }

            var meanSquare = sum / frameLength / (32768.0 * 32768.0);
            energies[f] = meanSquare > 0 ? Math.Max(SilenceDecibels, 10 * Math.Log10(meanSquare)) : SilenceDecibels;
        }

        return energies;
    }

    private static bool[] Classify(double[] energies)
    {
        var speech = new bool[energies.Length];
        if (energies.Length == 0)
        {
            return speech;
        }

        var sorted = (double[])energies.Clone();
        Array.Sort(sorted);
        var floor = sorted[sorted.Length / 10];
        for (var f = 0; f < energies.Length; f++)
        {
            var energy = energies[f];
            speech[f] = energy > floor + AboveFloorDecibels && energy > SpeechGateDecibels;
            if (energy < floor)
            {
                floor = energy;
            }
            else if (speech[f])
            {
                floor += FloorRisePerFrame;
            }
            else
            {
                floor += FloorFollow * (energy - floor);
            }
        }

        return speech;
    }

    private static List<SpeechRegion> Regions(bool[] speech)
    {
        var raw = new List<(int Start, int End)>();
        for (var f = 0; f < speech.Length; f++)
        {
            if (!speech[f])
            {
                continue;
            }

            var start = f;
            while (f < speech.Length && speech[f])
            {
                f++;
            }

            raw.Add((start, f));
        }

        var bridge = (int)Math.Round(BridgeSeconds / FrameSeconds);
        var merged = new List<(int Start, int End)>();
        foreach (var region in raw)
        {
            if (merged.Count > 0 && region.Start - merged[^1].End <= bridge)
            {
                merged[^1] = (merged[^1].Start, region.End);
            }
            else
            {
                merged.Add(region);
            }
        }

        var minFrames = (int)Math.Round(MinSpeechSeconds / FrameSeconds);
        return [.. merged.Where(r => r.End - r.Start >= minFrames).Select(r => new SpeechRegion(r.Start * FrameSeconds, r.End * FrameSeconds))];
    }
}
