//go:build !linux

package graph

import bolt "go.etcd.io/bbolt"

// releaseMapped does nothing off Linux, where the store's pages stay mapped.
func releaseMapped(*bolt.DB) {}
