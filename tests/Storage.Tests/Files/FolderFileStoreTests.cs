using System.Text;
using MockInterview.Storage.Files;
using MockInterview.TestSupport;

namespace MockInterview.Storage.Tests.Files;

public sealed class FolderFileStoreTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly FolderFileStore store;

    public FolderFileStoreTests() => store = new FolderFileStore(Path.Combine(temp.Path, "files"));

    [Fact]
    public async Task SaveAsync_ThenOpenAndDelete_RoundTripsTheBytes()
    {
        var key = FileKeys.New();

        await store.SaveAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("resume bytes")), CancellationToken.None);
        await using (var opened = await store.OpenReadAsync(key, CancellationToken.None))
        {
            Assert.Equal("resume bytes", await new StreamReader(opened!).ReadToEndAsync());
        }

        Assert.True(await store.DeleteAsync(key, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(key, CancellationToken.None));
        Assert.False(await store.DeleteAsync(key, CancellationToken.None));
        Assert.Empty(temp.Entries("files"));
    }

    [Fact]
    public void Constructor_NothingSaved_CreatesNoFolder()
    {
        Assert.False(Directory.Exists(store.Folder));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("0123456789abcdef0123456789abcde/")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("resume.pdf")]
    [InlineData("")]
    public async Task Operations_KeyNotMadeByFileKeys_AreRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(key, new MemoryStream([1]), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, CancellationToken.None));
        Assert.Empty(temp.Entries("files"));
        Assert.False(File.Exists(Path.Combine(temp.Path, "etc", "passwd")));
    }

    [Fact]
    public async Task SaveAsync_ExistingKey_ThrowsAndKeepsTheFirstFile()
    {
        var key = FileKeys.New();
        await store.SaveAsync(key, new MemoryStream("first"u8.ToArray()), CancellationToken.None);

        await Assert.ThrowsAnyAsync<IOException>(() => store.SaveAsync(key, new MemoryStream("second"u8.ToArray()), CancellationToken.None));

        await using var opened = await store.OpenReadAsync(key, CancellationToken.None);
        Assert.Equal("first", await new StreamReader(opened!).ReadToEndAsync());
        Assert.Single(temp.Entries("files"));
    }

    [Fact]
    public async Task SaveAsync_ContentFailsHalfway_LeavesNoFileAndNoTemporaryFile()
    {
        var key = FileKeys.New();

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(key, new FailingStream(bytesBeforeFailure: 100_000), CancellationToken.None));

        Assert.Null(await store.OpenReadAsync(key, CancellationToken.None));
        Assert.Empty(temp.Entries("files"));
    }

    [Fact]
    public async Task SaveAsync_Cancelled_LeavesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(FileKeys.New(), new MemoryStream(new byte[1000]), cancelled.Token));

        Assert.Empty(temp.Entries("files"));
    }

    [Fact]
    public void FileKeys_New_AreValidAndDistinct()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => FileKeys.New()).ToList();

        Assert.All(keys, k => Assert.True(FileKeys.IsValid(k)));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    public void Dispose() => temp.Dispose();

    private sealed class FailingStream(int bytesBeforeFailure) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= bytesBeforeFailure)
            {
                throw new IOException("The client went away.");
            }

            var n = Math.Min(count, bytesBeforeFailure - position);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
