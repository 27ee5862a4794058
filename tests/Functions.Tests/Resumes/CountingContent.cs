using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>A multipart upload of <c>size</c> bytes of text, generated as it is sent, that counts what the server read
/// and can stop sending after <c>stallAfter</c> bytes (a slowloris client) until released.</summary>
internal sealed class CountingContent : HttpContent
{
    private const string Boundary = "counting-boundary";
    private readonly long size;
    private readonly long? stallAfter;
    private readonly bool chunked;
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] head = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n");
    private readonly byte[] tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");

    public CountingContent(long size, long? stallAfter, bool chunked = false)
    {
        this.size = size;
        this.stallAfter = stallAfter;
        this.chunked = chunked;
        Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
    }

    /// <summary>Bytes handed to the transport so far.</summary>
    public long Written { get; private set; }

    /// <summary>Completes when the content stops sending.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets a stalled body end (the rest is not sent).</summary>
    public void Release() => released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        try
        {
            await WriteAsync(stream, head);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
            var body = size - head.Length - tail.Length;
            for (long sent = 0; sent < body;)
            {
                if (stallAfter is { } stall && Written >= stall)
                {
                    Stalled.TrySetResult();
                    await released.Task;
                    return;
                }

                var count = (int)Math.Min(chunk.Length, Math.Min(body - sent, stallAfter is { } s ? Math.Max(1, s - Written) : long.MaxValue));
                await WriteAsync(stream, chunk.AsMemory(0, count));
                sent += count;
            }

            await WriteAsync(stream, tail);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The server stopped reading (it answered early): what was written is what it read, at most.
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = size;
        return !chunked;
    }

    private async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
        Written += bytes.Length;
    }
}
