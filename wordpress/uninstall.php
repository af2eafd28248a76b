<?php
/**
 * Deleting the plugin removes everything it stored: one option. (No
 * transients, post meta, user meta or cookies are ever written.)
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'wcit_embed_feed_url' );
delete_site_option( 'wcit_embed_feed_url' );
