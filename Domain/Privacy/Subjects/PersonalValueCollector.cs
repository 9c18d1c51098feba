using System.Text.Json;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>The text values that describe a person: identifier values, trait strings (nested ones too) and CRM contact fields.</summary>
internal static class PersonalValueCollector
{
    /// <summary>Shorter values (a country code, a state) are too common to stand for the person.</summary>
    public const int MinLength = 3;

    public static async Task<HashSet<string>> CollectAsync(PortalDbContext db, IEnumerable<string> identifierValues, IReadOnlyCollection<long> profiles,
        IReadOnlyCollection<long> contacts, CancellationToken cancellationToken)
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in identifierValues)
            Add(values, value);
        foreach (var chunk in profiles.Chunk(500))
        {
            var traits = await db.ProfileTraits.AsNoTracking().Where(t => chunk.Contains(t.ProfileId)).Select(t => t.Value).ToListAsync(cancellationToken);
            foreach (var json in traits)
                AddJson(values, json);
        }

        foreach (var chunk in contacts.Chunk(500))
        {
            var rows = await db.Contacts.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var c in rows)
            {
                foreach (var field in new[] { c.FirstName, c.LastName, $"{c.FirstName} {c.LastName}", c.Email, c.Phone, c.Street, c.City, c.Postcode, c.ExternalId })
                    Add(values, field);
                if (c.Street is not null && c.StreetNumber is not null)
                    Add(values, $"{c.StreetNumber} {c.Street}");
            }
        }

        return values;
    }

    private static void AddJson(HashSet<string> values, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            Walk(values, document.RootElement);
        }
        catch (JsonException)
        {
            Add(values, json);
        }
    }

    private static void Walk(HashSet<string> values, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Add(values, element.GetString());
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(values, property.Value);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Walk(values, item);
                break;
        }
    }

    private static void Add(HashSet<string> values, string? value)
    {
        var trimmed = value?.Trim();
        if (trimmed is { Length: >= MinLength })
            values.Add(trimmed);
    }
}
