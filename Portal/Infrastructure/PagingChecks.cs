using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Infrastructure;

/// <summary>The checks of paging parameters every list endpoint shares; a wrong value is a 400 naming it.</summary>
internal static class PagingChecks
{
    /// <exception cref="ApiException">400 when the limit is outside 1..max.</exception>
    public static void CheckLimit(int limit, int max)
    {
        if (limit < 1 || limit > max)
            throw new ApiException(400, $"limit must be between 1 and {max}.", new Dictionary<string, string[]> { ["limit"] = [$"Use 1 to {max}."] });
    }

    /// <exception cref="ApiException">400 when the offset is negative.</exception>
    public static void CheckOffset(int offset)
    {
        if (offset < 0)
            throw new ApiException(400, "offset must be 0 or more.", new Dictionary<string, string[]> { ["offset"] = ["Use 0 or more."] });
    }
}
