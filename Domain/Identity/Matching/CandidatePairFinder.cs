namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// The union of the blocking rules' pairs. A pair is the two record indexes packed in a long, lower index in the
/// high half, so sorting the longs orders pairs and makes the union deterministic.
/// </summary>
internal static class CandidatePairFinder
{
    public static long[] Find(PreparedRecords records, IReadOnlyList<BlockingRule> rules, out BlockingRuleCount[] counts)
    {
        var all = new List<long>();
        counts = new BlockingRuleCount[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            var before = all.Count;
            foreach (var block in Blocks(records, rules[r]))
            {
                for (var a = 0; a < block.Count; a++)
                {
                    for (var b = a + 1; b < block.Count; b++)
                        all.Add(Pack(block[a], block[b]));
                }
            }

            counts[r] = new BlockingRuleCount(rules[r].Name, all.Count - before);
        }

        var pairs = all.ToArray();
        Array.Sort(pairs);
        var unique = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i == 0 || pairs[i] != pairs[unique - 1])
                pairs[unique++] = pairs[i];
        }

        return pairs[..unique];
    }

    public static long Pack(int lower, int higher) => ((long)lower << 32) | (uint)higher;

    public static int Left(long pair) => (int)(pair >> 32);

    public static int Right(long pair) => (int)(pair & 0xFFFF_FFFF);

    /// <summary>Record indexes (ascending) per key value, blocks of one left out.</summary>
    private static IEnumerable<List<int>> Blocks(PreparedRecords records, BlockingRule rule)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var key = Key(records.Normalized[i], rule);
            if (key is null)
                continue;
            if (!blocks.TryGetValue(key, out var members))
                blocks[key] = members = [];
            members.Add(i);
        }

        return blocks.Values.Where(b => b.Count > 1);
    }

    private static string? Key(PersonRecord record, BlockingRule rule)
    {
        if (rule.Keys.Count == 1)
            return rule.Keys[0].Of(record.Get(rule.Keys[0].Field));

        var parts = new string[rule.Keys.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            var part = rule.Keys[k].Of(record.Get(rule.Keys[k].Field));
            if (part is null)
                return null;
            parts[k] = part;
        }

        // A separator that cannot occur in normalised text keeps ("ab", "c") apart from ("a", "bc").
        return string.Join('\u001f', parts);
    }
}
