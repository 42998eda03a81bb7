//go:build !linux

package graph

import bolt "go.etcd.io/bbolt"

// canRelease is false off Linux: the store's pages stay mapped there, and
// no goroutine wakes up to release them (releasing).
const canRelease = false

// releaseMapped does nothing off Linux.
func releaseMapped(*bolt.DB) {}
