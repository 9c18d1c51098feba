using System.Buffers;
using System.IO.Compression;

namespace Lodestar.Portal.Tracking;

/// <summary>
/// Reads a tracking request body into a pooled buffer, inflating gzip or deflate, and stops as soon as it is over the
/// route's limit (the limit applies to the decompressed JSON). Dispose to return the buffer.
/// </summary>
internal sealed class TrackingBody : IDisposable
{
    private byte[]? _buffer;

    private TrackingBody(byte[]? buffer, int length, TrackingBodyError error)
    {
        _buffer = buffer;
        Length = length;
        Error = error;
    }

    public TrackingBodyError Error { get; }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(0, Length);

    public static async Task<TrackingBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
        var compressed = encoding is "gzip" or "x-gzip" or "deflate";
        if (encoding.Length > 0 && encoding != "identity" && !compressed)
            return new TrackingBody(null, 0, TrackingBodyError.UnsupportedEncoding);
        if (!compressed && request.ContentLength > limit)
            return new TrackingBody(null, 0, TrackingBodyError.TooLarge);

        Stream source = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => request.Body,
        };
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, (int?)request.ContentLength + 1 ?? 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                        break;
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await source.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), cancellationToken);
                if (read == 0)
                    break;
                length += read;
                if (length > limit)
                    break;
            }
        }
        catch (InvalidDataException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new TrackingBody(null, 0, TrackingBodyError.BadCompression);
        }
        finally
        {
            if (compressed)
                await source.DisposeAsync();
        }

        if (length > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new TrackingBody(null, 0, TrackingBodyError.TooLarge);
        }

        return new TrackingBody(buffer, length, TrackingBodyError.None);
    }

    public void Dispose()
    {
        if (_buffer is not null)
            ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
