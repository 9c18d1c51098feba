namespace Lodestar.Domain.Privacy.Access;

/// <summary>The document's opening: what it is, what was asked for, and what each section holds, for the person reading it.</summary>
internal static class SubjectExportGuide
{
    private static readonly (string Name, string Text)[] Sections =
    [
        ("profiles", "The profiles that stand for you: one per person normally, plus any that were merged into it, with every trait (what we know about you) and when it was set."),
        ("merges", "When two profiles turned out to be the same person, and which identifier showed it."),
        ("identifiers", "Every identifier linked to you: emails, phone numbers, user ids, anonymous (browser or device) ids, CRM contact ids."),
        ("consent", "Your current consent per category and every decision recorded, with where it came from (tracking, CRM or API)."),
        ("segments", "The audiences you are in now, when you entered or left each, and uploaded lists that name you."),
        ("destinations", "The other systems we sent your data to: which hold you now, and every record sent, with the data exactly as sent."),
        ("crm", "What our sales and support staff recorded: your contact record, notes, calls, emails, meetings, tasks, tickets, deals and the changes made to them."),
        ("value", "The value of your purchases our economics computed, and transactions imported from files that name you."),
        ("events", "Every message our tracking received about you (page views, actions, identifications, CRM updates), as it was stored, with when it arrived."),
        ("summary", "How many records of each kind this document holds."),
    ];

    public static void Write(SubjectJsonWriter w, SubjectExport export)
    {
        var json = w.Json;
        json.WriteString("about", "Everything Lodestar holds about one person (a subject access export). Times are UTC (ISO 8601); "
            + "money is in the currency named beside it. The person was found from what the request names, through every identifier linked to them.");
        w.Time("generatedAt", export.GeneratedAt);
        json.WriteStartObject("request");
        if (export.Identifier is { } key)
        {
            json.WriteString("identifierType", key.Type);
            json.WriteString("identifierValue", key.Value);
        }
        else
        {
            w.Number("profileId", export.ProfileId);
        }

        json.WriteEndObject();
        w.Number("subjectProfileId", export.SubjectProfileId);
        json.WriteStartObject("sections");
        foreach (var (name, text) in Sections)
            json.WriteString(name, text);
        json.WriteEndObject();
    }
}
