using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Counts the request body bytes the app reads (wrapping the body before any of the app's middleware), so a
/// test can tell that a refused upload was not read to its end.</summary>
public sealed class BodyReadCounter : IStartupFilter
{
    private long lastRead;

    /// <summary>Bytes read from the body of the latest request.</summary>
    public long LastRead => Interlocked.Read(ref lastRead);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            Interlocked.Exchange(ref lastRead, 0);
            context.Request.Body = new CountingStream(context.Request.Body, read => Interlocked.Add(ref lastRead, read));
            await nextMiddleware(context);
        });
        next(app);
    };

    private sealed class CountingStream(Stream inner, Action<int> onRead) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            onRead(read);
            return read;
        }
    }
}
