namespace MockInterview.Documents;

/// <summary>Reads an upload into memory without ever holding more than a limit, whatever the stream claims.</summary>
public static class BoundedStream
{
    private const int ChunkBytes = 81_920;

    /// <summary>At most <paramref name="limit"/> bytes of <paramref name="content"/> (fewer when it ends first), in a
    /// memory stream positioned at its start. A caller that must tell "over the limit" from "exactly the limit" asks for
    /// one byte more than it allows.</summary>
    public static async Task<MemoryStream> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (buffer.Length < limit)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
