using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Paths;

public static class PathQueries
{
    /// <summary>A copy the form's later edits do not change (the chart and the saved query keep what was run).</summary>
    public static PathQueryDto Copy(PathQueryDto query) => JsonSerializer.Deserialize<PathQueryDto>(JsonSerializer.Serialize(query))!;
}
