using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.CsvFile;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using static Lodestar.Domain.Tests.Destinations.SenderTesting.SenderHost;

namespace Lodestar.Domain.Tests.Destinations.CsvFile;

public sealed class CsvFileSenderTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_Diff_OneFileWithActionIdentifiersAndMappedFields()
    {
        await using var host = new SenderHost();

        var outcome = await host.Get<CsvFileSender>().SendAsync(Target("diff"), Batch(
            Add(1, "ada@example.com", "+14155550132", Fields(("first_name", "Ada"), ("plan", "pro, annual"))),
            Remove(2, "bob@example.com", fields: Fields(("first_name", null), ("plan", null)))), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var file = Assert.Single(Directory.GetFiles(Folder(host)));
        Assert.Equal("segment-9-run-000041-batch-00003.csv", Path.GetFileName(file));
        Assert.Equal(
            "action,profile_id,email,phone,user_id,first_name,plan\r\n"
            + "add,1001,ada@example.com,+14155550132,u1,Ada,\"pro, annual\"\r\n"
            + "remove,1002,bob@example.com,,u2,,\r\n",
            await File.ReadAllTextAsync(file, Ct));
    }

    [Fact]
    public async Task SendAsync_FormulaLikeValuesAndClashingFieldNames_NeutralisedAndRenamed()
    {
        await using var host = new SenderHost();

        await host.Get<CsvFileSender>().SendAsync(Target("diff"), Batch(
            Add(1, "ada@example.com", fields: Fields(("email", "=HYPERLINK(\"http://x\")"), ("score", "-3"), ("note", "@sum")))), Ct);

        Assert.Equal(
            "action,profile_id,email,phone,user_id,email_2,score,note\r\n"
            + "add,1001,ada@example.com,,u1,\"'=HYPERLINK(\"\"http://x\"\")\",-3,'@sum\r\n",
            await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Folder(host))), Ct));
    }

    [Fact]
    public async Task SendAsync_BatchSentAgain_ItsFileReplacedNotDuplicated()
    {
        await using var host = new SenderHost();
        var sender = host.Get<CsvFileSender>();
        await sender.SendAsync(Target("diff"), Batch(41, 1, Add(1, "ada@example.com")), Ct);
        await sender.SendAsync(Target("diff"), Batch(41, 2, Add(2, "bob@example.com")), Ct);

        var outcome = await sender.SendAsync(Target("diff"), Batch(41, 2, Add(2, "bob@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal(["segment-9-run-000041-batch-00001.csv", "segment-9-run-000041-batch-00002.csv"],
            Directory.GetFiles(Folder(host)).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetFiles(Folder(host)), f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("snapshot", true)]
    [InlineData("Snapshot", true)]
    [InlineData("diff", false)]
    [InlineData(null, false)]
    public async Task SendsFullAudience_ByMode_OnlySnapshots(string? mode, bool expected)
    {
        await using var host = new SenderHost();
        IAudienceSender sender = host.Get<CsvFileSender>();

        Assert.Equal(expected, sender.SendsFullAudience(Target(mode)));
    }

    [Fact]
    public async Task SendAsync_Snapshot_AddsWrittenAsThePartRemovesDoneWithoutAFile()
    {
        await using var host = new SenderHost();
        var sender = host.Get<CsvFileSender>();

        var part = await sender.SendAsync(Target("snapshot"), Batch(41, 1, Add(1, "ada@example.com"), Remove(2, "bob@example.com")), Ct);
        var removesOnly = await sender.SendAsync(Target("snapshot"), Batch(41, 2, Remove(3, "cy@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, part);
        Assert.Equal(BatchOutcome.Success, removesOnly);
        var file = Assert.Single(Directory.GetFiles(Folder(host)));
        Assert.Equal("segment-9-snapshot-run-000041-part-00001.csv", Path.GetFileName(file));
        Assert.Equal("profile_id,email,phone,user_id\r\n1001,ada@example.com,,u1\r\n", await File.ReadAllTextAsync(file, Ct));
    }

    [Fact]
    public async Task TestAsync_NewFolder_CreatedAndOk()
    {
        await using var host = new SenderHost();

        var result = await host.Get<CsvFileSender>().TestAsync(Target("diff"), Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal($"Lodestar can write files to {Folder(host)}.", result.Message);
        Assert.Empty(Directory.GetFiles(Folder(host)));
    }

    [Fact]
    public async Task Validate_FolderOutsideTheRootAndUnknownMode_ProblemsByKey()
    {
        await using var host = new SenderHost();

        var problems = host.Get<CsvFileSender>().Validate(SenderHost.Target(DestinationType.CsvFile,
            new Dictionary<string, string> { ["folder"] = "exports/../../elsewhere", ["mode"] = "append" }));

        Assert.Equal(["folder", "mode"], problems.Keys.Order());
        Assert.Equal($"The folder must stay inside {host.FileRoot}; '..' is not allowed.", problems["folder"]);
    }

    [Fact]
    public async Task SendAsync_FolderOutsideTheRoot_BatchFailsAndNothingWritten()
    {
        await using var host = new SenderHost();

        var outcome = await host.Get<CsvFileSender>().SendAsync(SenderHost.Target(DestinationType.CsvFile,
            new Dictionary<string, string> { ["folder"] = "../escape" }), Batch(Add(1, "ada@example.com")), Ct);

        Assert.StartsWith("The folder must stay inside", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(host.FileRoot, "..", "escape")));
    }

    private static DestinationTarget Target(string? mode)
    {
        var settings = new Dictionary<string, string> { ["folder"] = "exports/trial-users" };
        if (mode is not null)
            settings["mode"] = mode;
        return SenderHost.Target(DestinationType.CsvFile, settings);
    }

    private static string Folder(SenderHost host) => Path.Combine(host.FileRoot, "exports", "trial-users");

    private static Dictionary<string, string?> Fields(params (string Field, string? Value)[] fields) => fields.ToDictionary(f => f.Field, f => f.Value);
}
