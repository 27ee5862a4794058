using System.Text;
using System.Text.Json;

namespace MockInterview.Functions.CustomHandler;

/// <summary>Writes one <c>&lt;FunctionName&gt;/function.json</c> per function beside host.json.</summary>
internal static class FunctionJsonWriter
{
    /// <summary>The file name the Functions host looks for in each function folder.</summary>
    public const string FileName = "function.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Writes the functions into <paramref name="appRoot"/> and removes function folders of earlier runs
    /// that the table no longer has.
    /// </summary>
    /// <exception cref="InvalidOperationException">A function's folder exists and holds other files (e.g. a published folder).</exception>
    public static void Write(string appRoot, IReadOnlyList<FunctionDefinition> functions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appRoot);
        Directory.CreateDirectory(appRoot);

        var names = functions.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Directory.EnumerateDirectories(appRoot))
        {
            if (!names.Contains(Path.GetFileName(folder)) && IsFunctionFolder(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var function in functions)
        {
            var folder = Path.Combine(appRoot, function.Name);
            if (Directory.Exists(folder) && !IsFunctionFolder(folder))
            {
                throw new InvalidOperationException(
                    $"Cannot write function '{function.Name}': the folder '{folder}' already holds other files.");
            }

            Directory.CreateDirectory(folder);
            var json = function.ToFunctionJson().ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
            File.WriteAllText(Path.Combine(folder, FileName), json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    // A folder this writer owns: exactly one file, function.json, and nothing else.
    private static bool IsFunctionFolder(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).SequenceEqual([FileName]);
}
