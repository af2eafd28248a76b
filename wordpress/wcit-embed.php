<?php
/**
 * Plugin Name:       WCIT Letter Embed
 * Plugin URI:        https://github.com/wcit-embed/wcit-embed
 * Description:       The 2012 WCIT open letter, its signatories and a sign-on button, as shortcodes, blocks and pasted <code>&lt;wcit-*&gt;</code> tags that work for every role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       wcit-embed
 *
 * The plugin carries the same dist/wcit.js and default feed as the npm
 * package (written in by `npm run build:wordpress`), so the script, the feed
 * and the pre-rendered letter always match. It stores one option (the
 * default feed URL), sets no cookie and makes no request but the feed's.
 */

defined( 'ABSPATH' ) || exit;

define( 'WCIT_EMBED_FILE', __FILE__ );
define( 'WCIT_EMBED_VERSION', '0.1.0' );
/** The one option the plugin stores (uninstall.php removes it). */
define( 'WCIT_EMBED_OPTION', 'wcit_embed_feed_url' );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/host-check.php';
require_once __DIR__ . '/includes/settings.php';
