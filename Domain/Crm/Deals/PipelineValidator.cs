using System.Globalization;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>
/// Checks a pipeline's name and stages: named, unique, probabilities in 0–100, at least one open stage; and, against what is
/// stored, a name no other pipeline has, stage ids of its own and no removed stage that still holds deals.
/// </summary>
public static class PipelineValidator
{
    /// <param name="saved">What is stored; null checks the fields alone.</param>
    /// <exception cref="DomainValidationException">
    /// Every wrong field at once (stages as <c>stages[i].name</c> and so on), so one answer lists all there is to fix.
    /// </exception>
    public static PipelineFields Normalize(PipelineFields input, PipelineInUse? saved = null)
    {
        var errors = new Dictionary<string, string[]>();
        var name = CrmFieldRules.Text(errors, "name", "a pipeline name", input.Name, DealLimits.StageName, required: true);
        var stages = input.Stages ?? [];
        if (stages.Count is 0 or > DealLimits.MaxStages)
            CrmFieldRules.Add(errors, "stages", $"A pipeline has 1 to {DealLimits.MaxStages} stages.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<StageFields>();
        for (var i = 0; i < stages.Count; i++)
        {
            var key = $"stages[{i.ToString(CultureInfo.InvariantCulture)}]";
            var stageName = CrmFieldRules.Text(errors, key + ".name", "a stage name", stages[i].Name, DealLimits.StageName, required: true);
            if (stageName is not null && !seen.Add(stageName))
                CrmFieldRules.Add(errors, key + ".name", $"There is already a stage called '{stageName}' in this pipeline.");
            if (stages[i].Probability is < 0 or > 100)
                CrmFieldRules.Add(errors, key + ".probability", "The probability is a percentage from 0 to 100.");
            if (!Enum.IsDefined(stages[i].Outcome))
                CrmFieldRules.Add(errors, key + ".outcome", "The outcome is open, won or lost.");
            result.Add(stages[i] with { Name = stageName });
        }

        if (stages.Count > 0 && stages.All(s => s.Outcome != StageOutcome.Open) && !errors.Keys.Any(k => k.EndsWith(".outcome", StringComparison.Ordinal)))
            CrmFieldRules.Add(errors, "stages", "Give the pipeline at least one open stage, where new deals start.");
        if (saved is not null)
            CheckAgainst(errors, saved, name, stages);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return new PipelineFields(name, result);
    }

    private static void CheckAgainst(Dictionary<string, string[]> errors, PipelineInUse saved, string? name, IReadOnlyList<StageFields> stages)
    {
        if (name is not null && saved.OtherNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            CrmFieldRules.Add(errors, "name", $"There is already a pipeline called '{name}'.");
        var kept = stages.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        foreach (var unknown in kept.Where(k => saved.Stages.All(s => s.Id != k)))
            CrmFieldRules.Add(errors, "stages", $"Stage id {unknown} is not a stage of this pipeline.");
        foreach (var removed in saved.Stages.Where(s => s.Deals > 0 && !kept.Contains(s.Id)))
            CrmFieldRules.Add(errors, "stages",
                $"Stage '{removed.Name}' still has {removed.Deals} deal{(removed.Deals == 1 ? "" : "s")}: move them to another stage before removing it.");
    }
}
