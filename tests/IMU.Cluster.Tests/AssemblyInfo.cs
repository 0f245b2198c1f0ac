// Each test runs PostgreSQL, silo and simulator processes of its own and measures failover times; run
// together on two cores they would measure each other, so the whole assembly is one collection.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
