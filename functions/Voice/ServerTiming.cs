using System.Globalization;
using System.Text;

namespace MockInterview.Functions.Voice;

/// <summary>Collects the phases of a voice request for a <c>Server-Timing</c> header (the browser's dev tools and the
/// voice benchmark read it): durations in milliseconds, measured on the app's <see cref="TimeProvider"/>.</summary>
internal sealed class ServerTiming(TimeProvider time)
{
    private readonly StringBuilder header = new();
    private long started = time.GetTimestamp();

    /// <summary>Ends the running phase as <paramref name="name"/> and starts the next one.</summary>
    public double Lap(string name)
    {
        var now = time.GetTimestamp();
        var milliseconds = time.GetElapsedTime(started, now).TotalMilliseconds;
        started = now;
        Add(name, milliseconds);
        return milliseconds;
    }

    /// <summary>Adds a phase measured elsewhere (e.g. by the speech worker).</summary>
    public void Add(string name, double milliseconds)
    {
        if (header.Length > 0)
        {
            header.Append(", ");
        }

        header.Append(name).Append(";dur=").Append(milliseconds.ToString("0.#", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the header.</summary>
    public void WriteTo(HttpResponse response) => response.Headers["Server-Timing"] = header.ToString();
}
