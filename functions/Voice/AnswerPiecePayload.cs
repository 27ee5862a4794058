using System.Text.Json;
using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>What a piece token holds before it is protected: compact JSON (<c>i</c> index, <c>x</c> expiry in Unix
/// milliseconds, <c>a</c> audio seconds, <c>e</c> engine, <c>w</c> words as <c>[text, start, end, confidence]</c>), so
/// that 64 tokens of long pieces still fit the <c>pieces</c> field.</summary>
internal static class AnswerPiecePayload
{
    public static string Write(int piece, DateTimeOffset expiresAt, Transcript transcript)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("i", piece);
            json.WriteNumber("x", expiresAt.ToUnixTimeMilliseconds());
            json.WriteNumber("a", Math.Round(transcript.AudioSeconds, 3));
            json.WriteString("e", transcript.Engine);
            json.WriteStartArray("w");
            foreach (var word in transcript.Words)
            {
                json.WriteStartArray();
                json.WriteStringValue(word.Text);
                json.WriteNumberValue(Math.Round(word.StartSeconds, 3));
                json.WriteNumberValue(Math.Round(word.EndSeconds, 3));
                json.WriteNumberValue(Math.Round(word.Confidence, 3));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static bool TryRead(string payload, out int piece, out DateTimeOffset expiresAt, out Transcript transcript)
    {
        piece = -1;
        expiresAt = default;
        transcript = null!;
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            piece = root.GetProperty("i").GetInt32();
            expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("x").GetInt64());
            var words = new List<TranscribedWord>();
            foreach (var word in root.GetProperty("w").EnumerateArray())
            {
                words.Add(new TranscribedWord(word[0].GetString()!, word[1].GetDouble(), word[2].GetDouble(), word[3].GetDouble()));
            }

            var seconds = root.GetProperty("a").GetDouble();
            transcript = new Transcript(string.Join(' ', words.Select(w => w.Text)), words, seconds, seconds, false, root.GetProperty("e").GetString()!);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException or ArgumentOutOfRangeException)
        {
            // Only a token this app protected gets here: a payload it cannot read is from an incompatible version.
            return false;
        }
    }
}
