using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

/// <summary>
/// Metadata on update (<c>ValidateObjectMetaUpdate</c> in <c>staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go</c>),
/// cases after upstream's <c>TestValidateObjectMetaUpdate*</c> and <c>TestValidateOwnerReferences</c>, checked on a
/// ConfigMap, which has no update rules of its own.
/// </summary>
public class MetadataUpdateValidationTests
{
    private static readonly DateTimeOffset Created = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deleting = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static TheoryData<string, Func<ObjectMeta, ObjectMeta>, Func<ObjectMeta, ObjectMeta>, string[]> Cases => new()
    {
        { "no change", m => m, m => m, [] },
        { "generateName may change", m => m with { GenerateName = "cfg-" }, m => m with { GenerateName = "other-" }, [] },
        { "name", m => m, m => m with { Name = "other" }, ["metadata.name: Invalid value: \"other\": field is immutable"] },
        { "namespace", m => m, m => m with { Namespace = "prod" }, ["metadata.namespace: Invalid value: \"prod\": field is immutable"] },
        { "uid", m => m, m => m with { Uid = "uid-2" }, ["metadata.uid: Invalid value: \"uid-2\": field is immutable"] },
        { "uid is printed as JSON, HTML characters escaped", m => m, m => m with { Uid = "<a&b>" }, ["metadata.uid: Invalid value: \"\\u003ca\\u0026b\\u003e\": field is immutable"] },
        { "creationTimestamp", m => m, m => m with { CreationTimestamp = Deleting }, ["metadata.creationTimestamp: Invalid value: \"2025-01-02T03:04:05Z\": field is immutable"] },
        { "deletionTimestamp set by an update", m => m, m => m with { DeletionTimestamp = Deleting }, ["metadata.deletionTimestamp: Invalid value: \"2025-01-02T03:04:05Z\": field is immutable"] },
        { "deletionTimestamp cleared by an update", m => m with { DeletionTimestamp = Deleting }, m => m with { DeletionTimestamp = null }, ["metadata.deletionTimestamp: Invalid value: null: field is immutable"] },
        { "deletionGracePeriodSeconds", m => m with { DeletionTimestamp = Deleting, DeletionGracePeriodSeconds = 30 }, m => m with { DeletionGracePeriodSeconds = 0 }, ["metadata.deletionGracePeriodSeconds: Invalid value: 0: field is immutable"] },
        { "no resourceVersion", m => m, m => m with { ResourceVersion = null }, ["metadata.resourceVersion: Invalid value: \"\": must be specified for an update"] },
        { "generation decremented", m => m with { Generation = 2 }, m => m with { Generation = 1 }, ["metadata.generation: Invalid value: 1: must not be decremented"] },
        { "generation incremented", m => m with { Generation = 2 }, m => m with { Generation = 3 }, [] },
        {
            "finalizers added while deleting", m => m with { DeletionTimestamp = Deleting, Finalizers = ["example.com/a"] },
            m => m with { Finalizers = ["example.com/c", "example.com/a", "example.com/b"] },
            ["metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/b\", \"example.com/c\"}"]
        },
        { "finalizers removed while deleting", m => m with { DeletionTimestamp = Deleting, Finalizers = ["example.com/a"] }, m => m with { Finalizers = [] }, [] },
        { "finalizers added before deletion", m => m, m => m with { Finalizers = ["example.com/a"] }, [] },
        { "invalid annotation key", m => m, m => m with { Annotations = new Dictionary<string, string> { ["a/b/c"] = "x" } }, ["metadata.annotations: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"] },
        {
            "owner reference without uid, name and version", m => m,
            m => m with { OwnerReferences = [new OwnerReference { Kind = "Deployment" }] },
            [
                "metadata.ownerReferences.apiVersion: Invalid value: \"\": version must not be empty",
                "metadata.ownerReferences.name: Invalid value: \"\": must not be empty",
                "metadata.ownerReferences.uid: Invalid value: \"\": must not be empty",
            ]
        },
        {
            "owner reference to an Event", m => m,
            m => m with { OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Event", Name = "e", Uid = "u1" }] },
            ["metadata.ownerReferences: Invalid value: {\"apiVersion\":\"v1\",\"kind\":\"Event\",\"name\":\"e\",\"uid\":\"u1\"}: /v1, Kind=Event is disallowed from being an owner"]
        },
        {
            "two controller owner references", m => m,
            m => m with { OwnerReferences = [Owner("a", "u1"), Owner("b", "u2")] },
            ["metadata.ownerReferences: Invalid value: [{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"a\",\"uid\":\"u1\",\"controller\":true},{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"b\",\"uid\":\"u2\",\"controller\":true}]: Only one reference can have Controller set to true. Found \"true\" in references for ReplicaSet/a and ReplicaSet/b"]
        },
        { "one controller owner reference", m => m, m => m with { OwnerReferences = [Owner("a", "u1")] }, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metadata_update_matches_upstream(string description, Func<ObjectMeta, ObjectMeta> old, Func<ObjectMeta, ObjectMeta> updated, string[] expected)
    {
        var stored = new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = old(StoredMeta()) };
        var update = stored with { Metadata = updated(stored.Metadata) };
        Render(ObjectValidator.ValidateUpdate(update, stored)).Should().Equal(expected, description);
    }

    [Fact]
    public void Status_update_of_a_kind_without_status_rules_checks_the_metadata()
    {
        var stored = new Deployment { Metadata = StoredMeta() };
        var update = stored with { Metadata = stored.Metadata with { Uid = "other" } };
        Render(ObjectValidator.ValidateStatusUpdate(update, stored)).Should().Equal("metadata.uid: Invalid value: \"other\": field is immutable");
    }

    [Fact]
    public void Kinds_without_update_rules_get_the_metadata_rules_and_their_create_validation()
    {
        var stored = new Service { Metadata = StoredMeta("svc") };
        var update = stored with { Metadata = stored.Metadata with { Name = "1svc" } };
        Render(ObjectValidator.ValidateUpdate(update, stored)).Should().Equal(
            "metadata.name: Invalid value: \"1svc\": field is immutable",
            $"metadata.name: Invalid value: \"1svc\": {Dns1035LabelMsg}");
    }

    private static ObjectMeta StoredMeta(string name = "cfg") => new()
    {
        Name = name,
        Namespace = "default",
        Uid = "uid-1",
        ResourceVersion = "12",
        CreationTimestamp = Created,
    };

    private static OwnerReference Owner(string name, string uid) => new() { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = name, Uid = uid, Controller = true };
}
