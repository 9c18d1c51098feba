namespace Lodestar.Domain.Identity.Matching;

/// <summary>The records normalised once, and their values stored column by column for the comparisons.</summary>
internal sealed class PreparedRecords
{
    public PreparedRecords(IReadOnlyList<PersonRecord> records)
    {
        Originals = records;
        Normalized = new PersonRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
            Normalized[i] = PersonRecordNormalizer.Normalize(records[i]);

        var fields = Enum.GetValues<PersonField>();
        Columns = new string?[fields.Length][];
        foreach (var field in fields)
        {
            var column = Columns[(int)field] = new string?[records.Count];
            for (var i = 0; i < records.Count; i++)
                column[i] = Normalized[i].Get(field);
        }
    }

    public IReadOnlyList<PersonRecord> Originals { get; }

    public PersonRecord[] Normalized { get; }

    /// <summary>[field][record] normalised values: a comparison reads two cells of a few columns.</summary>
    public string?[][] Columns { get; }

    public int Count => Normalized.Length;
}
