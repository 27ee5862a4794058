using System.Security.Cryptography;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Synthesis;

/// <summary>Question-audio cache keys: the first 16 bytes of a SHA-256 over the cache version, the engine's identity
/// (engine, model, voice, rate, pitch) and the prepared text, as 32 lower-case hex characters, which is a valid
/// <see cref="FileKeys"/> key. The same text in the same voice always lands on the same key, in every process.</summary>
internal static class SynthesisCacheKeys
{
    public static string For(string cacheVersion, string voiceIdentity, string text, string part)
    {
        var material = System.Text.Encoding.UTF8.GetBytes($"mockinterview-tts\n{cacheVersion}\n{voiceIdentity}\n{part}\n{text}");
        var key = Convert.ToHexStringLower(SHA256.HashData(material).AsSpan(0, 16));
        FileKeys.EnsureValid(key);
        return key;
    }

    /// <summary>What identifies the engine's output beyond its name: for Piper the model file (name and size), so that
    /// a new model never serves an old model's audio; the command-line engines are identified by their name (a new
    /// engine version that changes the sound is a reason to raise CacheVersion).</summary>
    public static string EngineIdentity(ResolvedVoice voice, SynthesisOptions options)
    {
        if (voice.Engine != SynthesisEngines.Piper || string.IsNullOrWhiteSpace(options.Piper.ModelPath))
        {
            return voice.Engine;
        }

        var model = new FileInfo(options.Piper.ModelPath);
        return model.Exists ? $"{model.Name}:{model.Length}" : model.Name;
    }
}
