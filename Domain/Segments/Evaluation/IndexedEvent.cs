using System.Text.Json;
using Lodestar.Domain.Segments.Facts;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A segment event with its message parts parsed.</summary>
internal sealed record IndexedEvent(SegmentEvent Row, JsonElement Props)
{
    public JsonScalar At(IReadOnlyList<string> keys) => JsonScalar.At(Props, keys);
}
