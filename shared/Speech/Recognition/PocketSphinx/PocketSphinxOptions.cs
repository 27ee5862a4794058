namespace MockInterview.Speech.Recognition.PocketSphinx;

/// <summary>Where pocketsphinx and its model are, and how its decoders run (section
/// <c>Speech:Recognition:PocketSphinx</c>).</summary>
public sealed class PocketSphinxOptions
{
    /// <summary>The pocketsphinx shared library (Debian: libpocketsphinx3): a file name the loader finds, or a path.</summary>
    public string LibraryPath { get; set; } = "libpocketsphinx.so.3";

    /// <summary>The sphinxbase shared library pocketsphinx is built on (configuration parsing, log maths).</summary>
    public string SphinxBaseLibraryPath { get; set; } = "libsphinxbase.so.3";

    /// <summary>The acoustic model directory (<c>-hmm</c>; Debian: pocketsphinx-en-us).</summary>
    public string AcousticModelPath { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us";

    /// <summary>The n-gram language model (<c>-lm</c>).</summary>
    public string LanguageModelPath { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin";

    /// <summary>The pronunciation dictionary (<c>-dict</c>).</summary>
    public string DictionaryPath { get; set; } = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";

    /// <summary>Decoders kept loaded (each holds the model, ~0.6 s to load, ~100 MB); 0 means one per processor.
    /// Pieces of one answer and different answers share them.</summary>
    public int Decoders { get; set; }

    /// <summary>Long audio is cut at pauses into pieces of about this many seconds, recognised in parallel.</summary>
    public double PieceSeconds { get; set; } = 8;

    /// <summary>Most HMMs searched per frame (<c>-maxhmmpf</c>): bounds the work per frame. 4000 decodes one stream
    /// about 18% faster than 10000 (real-time factor 0.154 against 0.189 on the benchmark's six flite answers, 183 s,
    /// one decoder, 2026-11-22) with no more errors (WER 24.6% against 25.8%); an answer's last piece is decoded after
    /// the candidate stops, so this is time the candidate waits.</summary>
    public int MaxHmmPerFrame { get; set; } = 4_000;

    /// <summary>Run the second, flat-lexicon search pass (<c>-fwdflat</c>). Off by default: on the flite test speech
    /// (49.8 s, pocketsphinx_continuous) it cost about 30% more CPU (16.0 s against 12.3 s) for no fewer errors (WER
    /// 25.3% against 23.4%); through this recogniser the accuracy test moved from 23.4% (on) to 24.7% (off), two words
    /// in 158. The lattice for word posteriors comes from the first pass either way.</summary>
    public bool FlatLexiconSearch { get; set; }

    /// <summary>More decoder arguments, name (with or without the dash) to value, e.g. <c>beam</c>: <c>1e-48</c>; they
    /// override the ones above, and an empty value is ignored.</summary>
    public Dictionary<string, string> Arguments { get; set; } = new(StringComparer.Ordinal);
}
