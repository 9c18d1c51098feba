using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// Computed conditions: an aggregation of a property over each profile's matching events passes a test. A profile
/// without a value (no events; no numbers to add up) passes only complement tests; the count of no events is 0.
/// </summary>
internal sealed class ComputedEvaluator(SegmentIndex index, EventEvaluator events, DateTime now)
{
    public HashSet<long> Matching(ComputedCondition condition)
    {
        var matching = events.Matching(condition.Event, condition.Window, condition.Where);
        var test = new ScalarPredicate(condition.Test, now);
        if (condition.Aggregation == Aggregation.Count)
        {
            var counts = EventEvaluator.Counts(matching);
            return [.. index.Living.Where(p => test.Row(Number(counts.GetValueOrDefault(p))))];
        }

        var keys = PropertyPaths.Segments(condition.Property ?? "properties");
        var numeric = condition.Test.Type == RuleValueType.Number;
        var rows = matching.GroupBy(e => e.Row.ProfileId).Select(g => (g.Key, Aggregate(condition.Aggregation, [.. g], keys, numeric)));
        return index.Matching(rows, test);
    }

    private static JsonScalar Aggregate(Aggregation aggregation, List<IndexedEvent> events, IReadOnlyList<string> keys, bool numeric)
    {
        var values = events.Select(e => e.At(keys)).ToList();
        var numbers = values.Where(v => v.Number is not null).Select(v => v.Number!.Value).ToList();
        switch (aggregation)
        {
            case Aggregation.Sum or Aggregation.Average:
                var sum = new SqliteSum();
                values.ForEach(sum.Add);
                return Number(aggregation == Aggregation.Sum ? sum.Sum : sum.Average);
            case Aggregation.Min:
                return Number(numbers.Count == 0 ? null : numbers.Min());
            case Aggregation.Max:
                return Number(numbers.Count == 0 ? null : numbers.Max());
            case Aggregation.First or Aggregation.Last:
                var ordered = events.OrderBy(e => e.Row.Timestamp).ThenBy(e => e.Row.EventId);
                return (aggregation == Aggregation.First ? ordered.First() : ordered.Last()).At(keys);
            default:
                return numeric ? MostFrequentNumber(numbers) : MostFrequentText(values);
        }
    }

    /// <summary>The number seen most often; ties go to the lowest.</summary>
    private static JsonScalar MostFrequentNumber(List<double> numbers) => numbers.Count == 0
        ? JsonScalar.Missing
        : Number(numbers.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key);

    /// <summary>The text seen most often (numbers and booleans as their text); ties go to the lowest in SQLite's BINARY order.</summary>
    private static JsonScalar MostFrequentText(List<JsonScalar> values)
    {
        var texts = values.Where(v => v.Text is not null).Select(v => v.Text!).ToList();
        return texts.Count == 0
            ? JsonScalar.Missing
            : new JsonScalar(texts.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, BinaryCollation.Instance).First().Key, null, null);
    }

    private static JsonScalar Number(double? value) => new(null, value, null);
}
