using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Hosting;

/// <summary>Whether the app runs its own timers and queue consumers (a local run) or leaves them to the Functions host.</summary>
internal static class HostingMode
{
    /// <summary>The setting: <c>Local</c> (default) or <c>Azure</c>.</summary>
    public const string Key = "Hosting:Mode";

    /// <summary>True when the app itself must drive what the Functions host drives in Azure: <c>Hosting:Mode</c> is
    /// Local (or unset) and no Functions host started this process (it sets the handler's port).</summary>
    /// <exception cref="InvalidOperationException">The mode is neither Local nor Azure.</exception>
    public static bool RunsLocally(IConfiguration configuration)
    {
        var mode = configuration[Key];
        var local = mode switch
        {
            null or "" => true,
            _ when mode.Equals("Local", StringComparison.OrdinalIgnoreCase) => true,
            _ when mode.Equals("Azure", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new InvalidOperationException($"{Key} must be 'Local' or 'Azure'; it is '{mode}'."),
        };

        return local && string.IsNullOrWhiteSpace(configuration[CustomHandlerExtensions.PortVariable]);
    }
}
