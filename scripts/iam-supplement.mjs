// Resource types an action has in one of two APIs that share a prefix, where the data kept only the other API's:
// `elasticloadbalancing` merges the classic and the V2 API, and its AddTags/RemoveTags list only the classic load
// balancer — the Service Authorization Reference for Elastic Load Balancing V2 also lists listeners, rules, the V2 load
// balancers, target groups and trust stores (the AWS Load Balancer Controller tags all of them). Added, never removed.
const V2_TAGGABLE = ['listener/app', 'listener/gwy', 'listener/net', 'listener-rule/app', 'listener-rule/net', 'loadbalancer/app/', 'loadbalancer/gwy/', 'loadbalancer/net/', 'targetgroup', 'truststore'];
export const ACTION_TYPE_SUPPLEMENT = { elasticloadbalancing: { AddTags: V2_TAGGABLE, RemoveTags: V2_TAGGABLE } };
